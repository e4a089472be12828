using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LlmReadingList.Catalog.Data.Migrations;

/// <summary>
/// A hand-written migration whose steps are SQL files embedded next to it (<c>Sql/{id}.up.sql</c> and
/// <c>Sql/{id}.down.sql</c>). EF Core's Design package cannot be restored here, so migrations are written by hand;
/// <c>dotnet run --project src/LlmReadingList.Web -- schema</c> prints the model's DDL to start from, and the
/// schema-drift test proves the migrated database equals the model.
/// </summary>
public abstract class SqlMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ReadScript("up"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ReadScript("down"));

    private string ReadScript(string direction)
    {
        var id = GetType().GetCustomAttribute<MigrationAttribute>()?.Id
            ?? throw new InvalidOperationException($"{GetType().Name} has no [Migration] attribute.");
        var resource = $"{typeof(SqlMigration).Namespace}.Sql.{id}.{direction}.sql";
        using var stream = typeof(SqlMigration).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
