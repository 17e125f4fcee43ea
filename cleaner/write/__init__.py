"""Writing the result: the article as plain text or Markdown, and the explain report."""
