"""The SQL database: schema, migrations, unit of work, read model and change feed."""
