-- NOTIFY is delivered at commit (and not at all on rollback), and PostgreSQL folds identical notifications of one
-- transaction into one, so a large import sends a handful, not one per row.
CREATE FUNCTION catalog_notify_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('catalog_changed', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER catalog_changed_paper AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON paper
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_paper_title AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON paper_title
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_paper_link AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON paper_link
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_paper_author AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON paper_author
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_author AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON author
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_author_alias AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON author_alias
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_summary AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON summary
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_reading_list AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON reading_list
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_list_entry AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON list_entry
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_tag AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tag
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_paper_tag AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON paper_tag
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_source AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON source
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_slug_redirect AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON slug_redirect
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
CREATE TRIGGER catalog_changed_audit_entry AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_notify_changed();
