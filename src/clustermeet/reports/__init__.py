"""After the event: the database mapped into the report engine's input, the report rendered
(Markdown, HTML, PDF) with its charts as SVG, and the follow-up e-mails asking for outcomes."""
