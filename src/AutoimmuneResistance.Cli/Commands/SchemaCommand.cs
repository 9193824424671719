using System.CommandLine;
using System.Text.Json.Nodes;
using AutoimmuneResistance.Cli.Tables;
using Spectre.Console;

namespace AutoimmuneResistance.Cli.Commands;

/// <summary>
/// <c>schema [name]</c>: the JSON Schemas of the contract (profile, assessment, results header and record), exported
/// from the serializer metadata, and the columns of the flat tables; a table for people, JSON with <c>--json</c>.
/// </summary>
internal static class SchemaCommand
{
    private static readonly (string Name, string Description)[] Schemas =
    [
        ("profile", "A patient profile: one line of a JSON Lines cohort (JSON Schema)."),
        ("assessment", "One assessment document, as pipeline.Json.Serialize writes it (JSON Schema)."),
        ("results-header", "The first line of a JSON Lines results file (JSON Schema)."),
        ("results-record", "Every later line of a results file: one per input record (JSON Schema)."),
        ("verdicts", ResultTables.Verdicts.Description + " (evaluate --format csv|parquet)"),
        ("findings", ResultTables.Findings.Description + " (evaluate --format csv|parquet --findings)"),
    ];

    public static Command Create(CliConsole console)
    {
        var name = new Argument<string?>("name")
        {
            Description = "profile, assessment, results-header, results-record, verdicts or findings; none lists them.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        name.AcceptOnlyFromAmong([.. Schemas.Select(s => s.Name)]);
        var json = Shared.Json();
        var command = new Command("schema", "Show the JSON Schemas of the contract and the columns of the CSV/Parquet tables.") { name, json };
        command.SetAction((parse, _) => RunAsync(console, parse.GetValue(name), parse.GetValue(json)));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? name, bool json)
    {
        var pipeline = Shared.BuildPipeline([], false, console.Error)!;
        if (name is null)
        {
            if (json)
            {
                await JsonOut.WriteDocumentAsync(console.StandardOutput, w =>
                {
                    w.WriteStartArray();
                    foreach (var (n, d) in Schemas)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", n);
                        w.WriteString("description", d);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }).ConfigureAwait(false);
                return CommandLine.Success;
            }

            var list = new Table().AddColumns("name", "what it describes");
            foreach (var (n, d) in Schemas)
            {
                list.AddRow(Markup.Escape(n), Markup.Escape(d));
            }

            Terminal.For(console).Write(list);
            return CommandLine.Success;
        }

        if (name is "verdicts" or "findings")
        {
            var table = name == "verdicts" ? ResultTables.Verdicts : ResultTables.Findings;
            if (json)
            {
                await JsonOut.WriteDocumentAsync(console.StandardOutput, w => WriteColumns(w, table)).ConfigureAwait(false);
                return CommandLine.Success;
            }

            var view = new Table().AddColumns("column", "type", "nullable", "meaning");
            foreach (var c in table.Columns)
            {
                view.AddRow(Markup.Escape(c.Name), TypeName(c.Type), c.Nullable ? "yes" : "no", Markup.Escape(c.Meaning));
            }

            Terminal.For(console).Write(view);
            return CommandLine.Success;
        }

        var schema = name switch
        {
            "profile" => pipeline.Json.GetProfileSchema(),
            "assessment" => pipeline.Json.GetAssessmentSchema(),
            "results-header" => pipeline.Json.GetResultsHeaderSchema(),
            _ => pipeline.Json.GetResultsRecordSchema(),
        };
        if (json)
        {
            await JsonOut.WriteNodeAsync(console.StandardOutput, schema).ConfigureAwait(false);
            return CommandLine.Success;
        }

        // For people: the top-level properties; the whole schema is one --json away.
        var properties = new Table().AddColumns("property", "type", "required");
        var required = (schema["required"] as JsonArray)?.Select(r => r?.GetValue<string>()).ToHashSet() ?? [];
        if (schema["properties"] is JsonObject props)
        {
            foreach (var (property, value) in props)
            {
                properties.AddRow(Markup.Escape(property), Markup.Escape(Describe(value)), required.Contains(property) ? "yes" : "no");
            }
        }

        var terminal = Terminal.For(console);
        terminal.Write(properties);
        terminal.WriteLine($"The whole schema: autoimmune-resistance schema {name} --json");
        return CommandLine.Success;
    }

    /// <summary>Writes a table's columns as JSON.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="table">The table.</param>
    internal static void WriteColumns(System.Text.Json.Utf8JsonWriter writer, TableShape table)
    {
        writer.WriteStartObject();
        writer.WriteString("table", table.Name);
        writer.WriteString("description", table.Description);
        writer.WriteStartArray("columns");
        foreach (var c in table.Columns)
        {
            writer.WriteStartObject();
            writer.WriteString("name", c.Name);
            writer.WriteString("type", TypeName(c.Type));
            writer.WriteBoolean("nullable", c.Nullable);
            writer.WriteString("meaning", c.Meaning);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Names a column type as docs/cli.md does.</summary>
    /// <param name="type">The type.</param>
    /// <returns>string, int64, int32 or date.</returns>
    internal static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Text => "string",
        ColumnType.Int64 => "int64",
        ColumnType.Int32 => "int32",
        _ => "date",
    };

    private static string Describe(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonArray types => string.Join(" | ", types.Select(t => t?.ToString())),
        JsonObject o when o["type"] is JsonValue type => type.ToString() + (o["items"] is JsonObject items && items["type"] is JsonValue it ? $" of {it}" : string.Empty),
        JsonObject o when o["$ref"] is JsonValue reference => reference.ToString(),
        JsonObject o when o["anyOf"] is not null || o["oneOf"] is not null => "one of several",
        _ => "any",
    };
}

/// <summary>Spectre.Console on the command's standard output: colour and live width on a terminal, plain and wide otherwise.</summary>
internal static class Terminal
{
    /// <summary>Creates the console for human output.</summary>
    /// <param name="console">The command's console.</param>
    /// <returns>A Spectre console writing to <see cref="CliConsole.Out"/>.</returns>
    public static IAnsiConsole For(CliConsole console)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = console.IsOutputTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.IsOutputTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!console.IsOutputTerminal)
        {
            // Redirected output has no width of its own; do not wrap at the 80 columns Spectre would assume.
            terminal.Profile.Width = 240;
        }

        return terminal;
    }
}
