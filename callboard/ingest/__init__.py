"""Ingest: readers that turn files and feeds into raw ads (or quarantined records)."""
