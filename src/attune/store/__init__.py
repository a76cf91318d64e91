"""SQLAlchemy Core storage on SQLite or PostgreSQL, with free text encrypted before it arrives."""
