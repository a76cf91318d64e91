"""FastAPI app: server-rendered pages and the JSON API, version 1."""
