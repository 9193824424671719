using System.Text.Json;
using System.Text.RegularExpressions;

namespace AutoimmuneResistance.Tests.Seeds;

// Keeps the three statements of the seed claims in step: the code (SeedClaims.All and MechanismCatalog.BuiltIn), the
// tables in seeds/README.md and the data in seeds/claims.json.
public sealed partial class SeedTraceabilityTests
{
    [Fact]
    public void Claim_table_lists_every_seed_claim_once_with_the_same_disease_statement_and_category()
    {
        var rows = ClaimRows();

        Assert.Equal(SeedClaims.All.Select(c => c.Id.Value), rows.Select(r => r.Id));
        foreach (var claim in SeedClaims.All)
        {
            var row = Assert.Single(rows, r => r.Id == claim.Id.Value);
            Assert.Equal(claim.Disease.Value, row.Disease);
            Assert.Equal(claim.Statement, row.Statement);
            Assert.Equal(claim.Category.Value, row.Category);
        }
    }

    [Fact]
    public void Claim_table_names_exactly_the_built_in_mechanisms_that_trace_to_each_claim()
    {
        foreach (var row in ClaimRows())
        {
            var expected = MechanismsTracingTo(row.Id);
            Assert.True(
                expected.SequenceEqual(row.Mechanisms.Order(StringComparer.Ordinal)),
                $"claim {row.Id}: the table lists [{string.Join(", ", row.Mechanisms)}], the catalog has [{string.Join(", ", expected)}]");
        }
    }

    [Fact]
    public void Every_built_in_mechanism_appears_in_the_claim_table()
    {
        var listed = ClaimRows().SelectMany(r => r.Mechanisms).ToHashSet(StringComparer.Ordinal);

        foreach (var mechanism in MechanismCatalog.BuiltIn.All)
        {
            Assert.True(listed.Contains(mechanism.Id.Value), $"mechanism {mechanism.Id} is missing from the claim table");
        }

        Assert.All(listed, id => Assert.True(MechanismCatalog.BuiltIn.TryGet(MechanismId.Create(id), out _), $"{id} is not a built-in mechanism"));
    }

    [Fact]
    public void Mechanism_table_matches_the_built_in_catalog()
    {
        var rows = Table(ReadMe(), "mechanism");

        Assert.Equal(MechanismCatalog.BuiltIn.All.Select(m => m.Id.Value), rows.Select(r => Code(r[0])));
        foreach (var mechanism in MechanismCatalog.BuiltIn.All)
        {
            var row = Assert.Single(rows, r => Code(r[0]) == mechanism.Id.Value);
            Assert.Equal(mechanism.Title, row[1]);
            Assert.Equal(
                mechanism.Claims.Select(c => c.Value).Order(StringComparer.Ordinal),
                row[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_claim_a_built_in_mechanism_names_is_a_seed_claim()
    {
        foreach (var mechanism in MechanismCatalog.BuiltIn.All)
        {
            Assert.NotEmpty(mechanism.Claims);
            Assert.All(mechanism.Claims, c => Assert.True(SeedClaims.TryGet(c, out _), $"{mechanism.Id} names unknown claim {c}"));
        }
    }

    [Fact]
    public void Claims_json_agrees_with_the_code()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedsDirectory(), "claims.json")));
        var claims = document.RootElement.GetProperty("claims").EnumerateArray().ToList();

        Assert.Equal(SeedClaims.All.Length, claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            var expected = SeedClaims.All[i];
            var actual = claims[i];
            Assert.Equal(expected.Id.Value, actual.GetProperty("id").GetString());
            Assert.Equal(expected.Disease.Value, actual.GetProperty("disease").GetString());
            Assert.Equal(expected.Statement, actual.GetProperty("statement").GetString());
            Assert.Equal(expected.Category.Value, actual.GetProperty("category").GetString());
            Assert.Equal(
                MechanismsTracingTo(expected.Id.Value),
                actual.GetProperty("mechanisms").EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal));
        }
    }

    private static string[] MechanismsTracingTo(string claim) =>
    [
        .. MechanismCatalog.BuiltIn.All
            .Where(m => m.Claims.Any(c => c.Value == claim))
            .Select(m => m.Id.Value)
            .Order(StringComparer.Ordinal),
    ];

    private static List<ClaimRow> ClaimRows() =>
    [
        .. Table(ReadMe(), "claim").Select(cells => new ClaimRow(
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            [.. CodeSpan().Matches(cells[4]).Select(m => m.Groups[1].Value)])),
    ];

    // Returns the body rows of the first Markdown table whose first header cell is firstHeader.
    private static List<string[]> Table(string markdown, string firstHeader)
    {
        var lines = markdown.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("| " + firstHeader + " |", StringComparison.Ordinal));
        Assert.True(header >= 0, $"no table starting with '| {firstHeader} |' in seeds/README.md");
        var columns = Cells(lines[header]).Length;
        var rows = new List<string[]>();
        for (var i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            var cells = Cells(lines[i]);
            Assert.True(cells.Length == columns, $"seeds/README.md line {i + 1} has {cells.Length} cells; the header has {columns}");
            rows.Add(cells);
        }

        return rows;
    }

    private static string[] Cells(string line) =>
        [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    private static string Code(string cell) => cell.Trim('`');

    private static string ReadMe() => File.ReadAllText(Path.Combine(SeedsDirectory(), "README.md")).ReplaceLineEndings("\n");

    private static string SeedsDirectory() => Path.Combine(RepositoryRoot.Path, "seeds");

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    private sealed record ClaimRow(string Id, string Disease, string Statement, string Category, string[] Mechanisms);
}
