"""The `callboard` command line: analyze, lint, eval, demo."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any, TextIO

import click

from callboard.analyzer import analyze
from callboard.analyzer.text import decode
from callboard.errors import CallboardError, InputError
from callboard.profile import Profile


def read_source(path: str) -> str:
    """The contents of FILE, or of standard input for '-', as text."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror}") from None
    return decode(data)


def ad_fields(raw: str) -> dict[str, Any]:
    """An ad as analyze() takes it: plain text / HTML, or a JSON object with at least `description`."""
    stripped = raw.lstrip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"the input starts with '{{' but is not valid JSON: {exc.msg} (line {exc.lineno})"
            ) from None
        return ad_from_object(obj)
    return {"text": raw}


def ad_from_object(obj: Any) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object with 'description', got {type(obj).__name__}")
    desc = obj.get("description")
    if not isinstance(desc, str):
        raise InputError("the JSON object has no 'description' text")
    salary = obj.get("salary")
    if isinstance(salary, str | int | float) and str(salary).strip():
        desc = f"{desc}\n\nSalary: {salary}"

    def text_or_none(key: str) -> str | None:
        v = obj.get(key)
        return v if isinstance(v, str) and v.strip() else None

    return {
        "text": desc,
        "title": text_or_none("title"),
        "employer_name": text_or_none("employer"),
        "location": text_or_none("location"),
    }


_JSONL_UNSAFE = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def _analyze_file(file: str, title: str | None, lang: str | None) -> Profile:
    """The profile of the ad in FILE; any error becomes a clear message and exit status 1."""
    try:
        fields = ad_fields(read_source(file))
        if title:
            fields["title"] = title
        return analyze(**fields, lang=lang)
    except CallboardError as exc:
        raise click.ClickException(str(exc)) from None


def _profile_json(p: Profile) -> str:
    """One profile on one line: characters that some readers take for line breaks are escaped."""
    return json.dumps(p.to_dict(), ensure_ascii=False).translate(_JSONL_UNSAFE)


@click.group()
@click.version_option(package_name="callboard")
def main() -> None:
    """Callboard: read customer-service and contact-center job ads into comparable profiles."""


@main.command("analyze")
@click.argument("file", default="-")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text: the ad with its evidence highlighted beside the profile; json: one profile (design §6); "
    "jsonl: one JSON ad per input line, one profile per output line.",
)
@click.option("--title", help="The ad's title, when it is not the first line of the text.")
@click.option("--lang", type=click.Choice(["pl", "ru", "en", "other"]), help="Skip language detection.")
def analyze_cmd(file: str, fmt: str, title: str | None, lang: str | None) -> None:
    """Analyze one ad (FILE: text, HTML or a JSON object; '-' for standard input)."""
    if fmt == "jsonl":
        sys.exit(_analyze_stream(file, lang))
    profile = _analyze_file(file, title, lang)
    if fmt == "json":
        click.echo(json.dumps(profile.to_dict(), ensure_ascii=False, indent=2))
    else:
        from callboard.view import show_profile

        show_profile(profile)


def _lines(file: str) -> Iterator[str]:
    stream: TextIO = sys.stdin if file == "-" else open(file, encoding="utf-8", errors="replace")  # noqa: SIM115
    try:
        yield from stream
    finally:
        if stream is not sys.stdin:
            stream.close()


def _analyze_stream(file: str, lang: str | None) -> int:
    """One profile per input line, in order; a bad line gets an error object so the order is kept."""
    failures = 0
    out = sys.stdout
    try:
        lines = _lines(file)
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                profile = analyze(**ad_from_object(obj), lang=lang)
                out.write(_profile_json(profile) + "\n")
            except (json.JSONDecodeError, CallboardError) as exc:
                failures += 1
                msg = f"not valid JSON: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else str(exc)
                out.write(json.dumps({"error": msg, "line": n}, ensure_ascii=False) + "\n")
                click.echo(f"line {n}: {msg}", err=True)
    except OSError as exc:
        raise click.ClickException(f"cannot read {file}: {exc.strerror}") from None
    out.flush()
    return 1 if failures else 0


@main.command()
@click.argument("file", default="-")
@click.option("--title", help="The ad's title, when it is not the first line of the text.")
@click.option("--lang", type=click.Choice(["pl", "ru", "en"]), help="Skip language detection.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def lint(file: str, title: str | None, lang: str | None, fmt: str) -> None:
    """The quality report of an employer's ad; exits 1 when the ad fails the checks."""
    from callboard.lint import lint_profile, render_report

    profile = _analyze_file(file, title, lang)
    report = lint_profile(profile)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_report(report))
    sys.exit(0 if report.passed else 1)


@main.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--confusion/--no-confusion", default=True, help="Print confusion tables for enumerated fields.")
@click.option("--misses", is_flag=True, help="List every wrong or missed value, ad by ad.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), help="Also write the scores here.")
@click.option(
    "--floors",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A floors file (tests/eval_floors.json); exit 1 when a field falls below its floor.",
)
@click.option("--update-floors", is_flag=True, help="Raise the floors in --floors to the current figures.")
@click.option("--allow-regression", is_flag=True, help="With --update-floors: also lower floors.")
@click.option(
    "--lexicons-only",
    is_flag=True,
    help="Read goals with the lexicons alone, without the goal model learned from the dev part (which knows the"
    " dev ads' goals): how a lexicon change reads the dev ads.",
)
def eval_cmd(
    directory: Path,
    confusion: bool,
    misses: bool,
    json_out: Path | None,
    floors: Path | None,
    update_floors: bool,
    allow_regression: bool,
    lexicons_only: bool,
) -> None:
    """Score the analyzer on an annotated corpus: precision, recall and F1 per field and language."""
    from callboard.analyzer import goal_model
    from callboard.evaluation import below_floors, evaluate, load_corpus, raised_floors, render

    try:
        with goal_model.using(goal_model.EMPTY) if lexicons_only else nullcontext():
            result = evaluate(load_corpus(directory))
    except CallboardError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(render(result, confusion=confusion, misses=misses))
    if json_out:
        json_out.write_text(json.dumps(result.summary(), indent=1, ensure_ascii=False), encoding="utf-8")
    if floors is None:
        return
    # the lexicons' own goal figures have floors of their own ("dev:lexicons"): the goal model learned the dev ads
    part = f"{directory.name}:lexicons" if lexicons_only else directory.name
    all_floors = json.loads(floors.read_text(encoding="utf-8")) if floors.exists() else {}
    if update_floors:
        try:
            raised = raised_floors(result, all_floors.get(part, {}), allow_regression=allow_regression)
        except CallboardError as exc:
            raise click.ClickException(str(exc)) from None
        all_floors[part] = {k: v for k, v in raised.items() if k.endswith(":goals")} if lexicons_only else raised
        tmp = floors.with_suffix(".tmp")
        tmp.write_text(json.dumps(all_floors, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(floors)  # atomic: a crash never leaves half a floors file
        click.echo(f"floors for {part} written to {floors}")
        return
    failed = below_floors(result, all_floors.get(part, {}))
    if failed:
        click.echo("below floor:\n  " + "\n  ".join(failed), err=True)
        sys.exit(1)



@main.command("agreement")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("second", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--misses",
    is_flag=True,
    help="List, ad by ad, what the two readers read differently and what the analyzer misses where they agree.",
)
def agreement_cmd(directory: Path, second: Path, misses: bool) -> None:
    """Compare a second reader's annotations (SECOND) with the corpus's (DIRECTORY), and the analyzer with both."""
    from callboard.evaluation import agreement, load_corpus, load_readings, render_agreement

    try:
        result = agreement(load_corpus(directory), load_readings(second))
    except CallboardError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(render_agreement(result))
    if misses:
        for head, found in (
            ("the readers differ (first -> second)", result.readers.misses),
            ("the analyzer where both readers agree", result.analyzer_agreed.misses),
        ):
            click.echo(f"\n{head}:\n" + "\n".join(f"  {m}" for m in found))

@main.command()
def demo() -> None:
    """Analyze the bundled demo ads and print their profiles (the board itself comes with the web app)."""
    from callboard.demo import run_demo

    run_demo()


def _add_board_commands() -> None:
    from callboard.cli_board import COMMANDS

    for command in COMMANDS:
        main.add_command(command)


_add_board_commands()
