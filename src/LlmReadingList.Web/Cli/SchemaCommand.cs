using System.CommandLine;
using LlmReadingList.Catalog.Data;
using Microsoft.EntityFrameworkCore;

namespace LlmReadingList.Web.Cli;

/// <summary>Prints the DDL the EF model would create: the starting point for writing the next migration by hand.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the SQL the current EF model would create (no database needed).");
        command.SetAction(_ =>
        {
            var options = new DbContextOptionsBuilder<CatalogDbContext>().UseNpgsql("Host=unused").Options;
            using var db = new CatalogDbContext(options);
            Console.WriteLine(db.Database.GenerateCreateScript());
            return 0;
        });
        return command;
    }
}
