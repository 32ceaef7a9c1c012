"""Report: a project -> report data, rendered as HTML, Markdown, CSV, JSON and ClaimReview."""
