"""Team mode on PostgreSQL: group roles, what each may do (GRANTs and row-level security),
and a notification on every change so desks follow at once. Nothing on SQLite.

The people's own logins (``leaddesk user add``) are members of one group role:
leaddesk_dispatcher, leaddesk_manager or leaddesk_supervisor, all three members of
leaddesk_staff, which holds what everyone may do. The login that owns the tables (the
administrator who ran ``leaddesk init``) is not bound by the row rules; the people are:

- a manager sees and changes only the leads assigned to them and those waiting in the
  managers' pool, and with them only their messages, attachments, deals, invoices,
  history and search text; no schedule, rules, users or company settings;
- a dispatcher sees and changes every lead (assigns, rejects) and runs the channels'
  intake; no schedule, rules or users;
- a supervisor may do everything in LeadDesk's tables.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

GROUPS = ("leaddesk_dispatcher", "leaddesk_manager", "leaddesk_supervisor")
STAFF = "leaddesk_staff"

# what every person writes in the course of their work
STAFF_WRITES = {
    "leads": "INSERT, UPDATE",
    "messages": "INSERT, UPDATE",
    "attachments": "INSERT",
    "contacts": "INSERT, UPDATE",
    "contact_identities": "INSERT, UPDATE, DELETE",
    "deals": "INSERT, UPDATE",
    "invoices": "INSERT, UPDATE",
    "invoice_items": "INSERT",
    "invoice_counters": "INSERT, UPDATE",
    "audit_events": "INSERT",
    "change_log": "INSERT",
    "lead_search": "INSERT, UPDATE, DELETE",
    "lead_rollup": "INSERT, UPDATE, DELETE",
    "response_rollup": "INSERT, UPDATE, DELETE",
    "people_rollup": "INSERT, UPDATE, DELETE",
    "deal_rollup": "INSERT, UPDATE, DELETE",
    "settings": "INSERT, UPDATE",  # rows limited below: the round-robin turn only
}
# the channels' intake (mail, VK) runs on dispatchers' and supervisors' desks
INTAKE_WRITES = {
    "sync_state": "INSERT, UPDATE",
    "set_aside_mail": "INSERT, UPDATE",
    "chat_visitors": "INSERT, UPDATE",
}

# (SELECT leaddesk_me()): worked out once per statement, not once per row
_MINE = ("(assignee_id = (SELECT leaddesk_me()) "
         "OR (assignee_id IS NULL AND pool_role = 'manager'))")
# a manager's rows of the tables that hang off a lead
# (correlated EXISTS, not IN (SELECT ...): checking one row must be one index probe, not
# a pass over every lead the manager may see)


def _seen(table: str, column: str, parent: str = "leads") -> str:
    return f"EXISTS (SELECT FROM {parent} p WHERE p.id = {table}.{column})"


MANAGER_ROWS = {
    "leads": _MINE,
    "messages": _seen("messages", "lead_id"),
    "attachments": _seen("attachments", "message_id", "messages"),
    "deals": _seen("deals", "lead_id"),
    "invoices": _seen("invoices", "deal_id", "deals"),
    "invoice_items": _seen("invoice_items", "invoice_id", "invoices"),
    "audit_events": "lead_id IS NULL OR " + _seen("audit_events", "lead_id"),
    "lead_search": _seen("lead_search", "rowid"),
    "set_aside_mail": "lead_id IS NOT NULL AND " + _seen("set_aside_mail", "lead_id"),
}
ROUND_ROBIN_KEYS = r"key LIKE 'assignment.round\_robin.%'"

# The leads matching a text query, newest first: below ``below`` and at most ``wanted``
# when given, and only those the person may see. Built per call (EXECUTE), so the server
# plans with the real values: a common word walks the newest leads until the page is full,
# a rare one goes through the word index.
SEARCH_FUNCTION = """
CREATE OR REPLACE FUNCTION leaddesk_search(query text, below bigint DEFAULT NULL,
                                           wanted integer DEFAULT NULL)
RETURNS TABLE (rowid bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    RETURN QUERY EXECUTE
        'SELECT s.rowid FROM lead_search s WHERE s.tsv @@ to_tsquery(''simple'', $1)'
        || CASE WHEN below IS NULL THEN '' ELSE ' AND s.rowid < $2' END
        || CASE WHEN leaddesk_sees_all() THEN '' ELSE
           ' AND EXISTS (SELECT FROM leads p WHERE p.id = s.rowid AND (p.assignee_id = $4'
           || ' OR (p.assignee_id IS NULL AND p.pool_role = ''manager'')))' END
        || ' ORDER BY s.rowid DESC'
        || CASE WHEN wanted IS NULL THEN '' ELSE ' LIMIT $3' END
        USING query, below, wanted, leaddesk_me();
END $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for group in (STAFF, *GROUPS):
        op.execute(f"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN
                    CREATE ROLE {group} NOLOGIN;
                END IF;
            END $$""")
    for group in GROUPS:
        op.execute(f"GRANT {STAFF} TO {group}")
    op.execute(f"GRANT USAGE ON SCHEMA public TO {STAFF}")
    op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {STAFF}")
    op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {STAFF}")
    for table, privileges in STAFF_WRITES.items():
        op.execute(f"GRANT {privileges} ON {table} TO {STAFF}")
    for table, privileges in INTAKE_WRITES.items():
        op.execute(f"GRANT {privileges} ON {table} TO leaddesk_dispatcher, leaddesk_supervisor")
    op.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
               "TO leaddesk_supervisor")
    op.execute("REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM leaddesk_supervisor")

    # who is asking: the person whose login opened the session
    op.execute("""
        CREATE OR REPLACE FUNCTION leaddesk_me() RETURNS bigint
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT id FROM users WHERE login = session_user AND active $$""")

    # searching goes through a function: under a row rule the server may not apply the
    # text match (not "leakproof") before the rule, so a manager's search would check the
    # rule on every row of the index before matching a word; the function matches first
    # and keeps what the person may see
    op.execute("""
        CREATE OR REPLACE FUNCTION leaddesk_sees_all() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT rolsuper OR NOT pg_has_role(session_user, 'leaddesk_manager', 'MEMBER')
           FROM pg_roles WHERE rolname = session_user $$""")
    op.execute(SEARCH_FUNCTION)
    for function in ("leaddesk_sees_all()", "leaddesk_search(text, bigint, integer)"):
        op.execute(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {STAFF}")

    everyone_sees_all = "leaddesk_dispatcher, leaddesk_supervisor"
    for table, rows in MANAGER_ROWS.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_all ON {table} TO {everyone_sees_all} "
                   "USING (true) WITH CHECK (true)")
        op.execute(f"CREATE POLICY {table}_manager ON {table} TO leaddesk_manager "
                   f"USING ({rows}) WITH CHECK ({rows})")
    # company settings: everyone reads; only a supervisor changes them, while any arrival
    # may move its channel's round-robin turn
    op.execute("ALTER TABLE settings ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY settings_read ON settings FOR SELECT TO {STAFF} USING (true)")
    op.execute("CREATE POLICY settings_supervisor ON settings TO leaddesk_supervisor "
               "USING (true) WITH CHECK (true)")
    for command in ("INSERT", "UPDATE"):
        using = "" if command == "INSERT" else f" USING ({ROUND_ROBIN_KEYS})"
        op.execute(f"CREATE POLICY settings_turn_{command.lower()} ON settings FOR {command} "
                   f"TO {STAFF}{using} WITH CHECK ({ROUND_ROBIN_KEYS})")

    # desks follow the change log: one wake-up per committing transaction (identical
    # notifications of one transaction are folded into one by PostgreSQL)
    op.execute("""
        CREATE OR REPLACE FUNCTION leaddesk_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS
        $$ BEGIN PERFORM pg_notify('leaddesk_changes', ''); RETURN NULL; END $$""")
    op.execute("""
        CREATE TRIGGER change_log_notify AFTER INSERT ON change_log
        FOR EACH STATEMENT EXECUTE FUNCTION leaddesk_notify_change()""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS change_log_notify ON change_log")
    op.execute("DROP FUNCTION IF EXISTS leaddesk_notify_change()")
    tables = [*MANAGER_ROWS, "settings"]
    for table in tables:
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for table in MANAGER_ROWS:
        op.execute(f"DROP POLICY IF EXISTS {table}_all ON {table}")
        op.execute(f"DROP POLICY IF EXISTS {table}_manager ON {table}")
    for name in ("read", "supervisor", "turn_insert", "turn_update"):
        op.execute(f"DROP POLICY IF EXISTS settings_{name} ON settings")
    op.execute("DROP FUNCTION IF EXISTS leaddesk_search(text, bigint, integer)")
    op.execute("DROP FUNCTION IF EXISTS leaddesk_sees_all()")
    op.execute("DROP FUNCTION IF EXISTS leaddesk_me()")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {STAFF}, {', '.join(GROUPS)}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {STAFF}")
    op.execute(f"REVOKE ALL ON SCHEMA public FROM {STAFF}")
