using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AutoimmuneResistance.SystemicSclerosis.Tests;

public sealed class DiagnosticsDocTests
{
    internal static IReadOnlyList<string> Codes() =>
        [.. typeof(SystemicSclerosisModule).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Name.EndsWith("DiagnosticCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => (string)f.GetRawConstantValue()!)];

    private static string Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AutoimmuneResistance.sln")))
        {
            root = root.Parent;
        }

        return root!.FullName;
    }

    [Fact]
    public void Every_ssc_diagnostic_code_is_documented_unique_and_in_its_range()
    {
        var page = File.ReadAllText(Path.Combine(Root(), "docs", "diagnostics.md"));
        var codes = Codes();

        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(@"^AIR3\d{3}$", code));
        Assert.All(codes, code => Assert.Contains($"| {code} |", page, StringComparison.Ordinal));
    }

    // Each SSc row of docs/diagnostics.md says what the constant's XML summary says, as the lupus rows do.
    [Fact]
    public void Every_ssc_row_says_what_its_constant_summary_says()
    {
        var xml = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "AutoimmuneResistance.SystemicSclerosis.xml"));
        const string prefix = "F:AutoimmuneResistance.SystemicSclerosis.";
        var summaries = xml.Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith(prefix, StringComparison.Ordinal) == true)
            .ToDictionary(m => ((string)m.Attribute("name")!)[prefix.Length..], m => Markdown(m.Element("summary")!));
        var rows = File.ReadAllLines(Path.Combine(Root(), "docs", "diagnostics.md"))
            .Select(line => Regex.Match(line, @"^\| (AIR3\d+) \| `(\w+\.\w+)` \| (.*) \|$"))
            .Where(m => m.Success)
            .ToList();

        Assert.Equal(Codes().Count, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.True(summaries.TryGetValue(row.Groups[2].Value, out var summary), $"{row.Groups[1].Value}: no constant {row.Groups[2].Value}");
            Assert.Equal(summary, row.Groups[3].Value.Trim());
        });
    }

    private static string Markdown(XElement element)
    {
        var text = string.Concat(element.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
            XElement { Name.LocalName: "see" } see when see.Attribute("cref") is { } cref => $"`{cref.Value.Split('.')[^1]}`",
            XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => $"`{word.Value}`",
            XElement other => Markdown(other),
            _ => string.Empty,
        }));
        return Regex.Replace(text, @"\s+", " ").Trim();
    }
}
