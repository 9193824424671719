using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AutoimmuneResistance.Lupus.Tests;

public sealed class DiagnosticsDocTests
{
    [Fact]
    public void Every_lupus_diagnostic_code_is_documented_and_unique()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AutoimmuneResistance.sln")))
        {
            root = root.Parent;
        }

        var page = File.ReadAllText(Path.Combine(root!.FullName, "docs", "diagnostics.md"));
        var codes = typeof(LupusModule).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Name.EndsWith("DiagnosticCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Contains($"| {code} |", page, StringComparison.Ordinal));
    }

    // Each lupus row of docs/diagnostics.md says what the constant's XML summary says (code markup as Markdown: <c>x</c>
    // and <see cref="...Name"/> become `x` and `Name`), so the page cannot drift from the code again.
    [Fact]
    public void Every_lupus_row_says_what_its_constant_summary_says()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AutoimmuneResistance.sln")))
        {
            root = root.Parent;
        }

        var xml = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "AutoimmuneResistance.Lupus.xml"));
        var summaries = xml.Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("F:AutoimmuneResistance.Lupus.", StringComparison.Ordinal) == true)
            .ToDictionary(m => ((string)m.Attribute("name")!)["F:AutoimmuneResistance.Lupus.".Length..], m => Markdown(m.Element("summary")!));
        var rows = File.ReadAllLines(Path.Combine(root!.FullName, "docs", "diagnostics.md"))
            .Select(line => Regex.Match(line, @"^\| (AIR2\d+) \| `(\w+\.\w+)` \| (.*) \|$"))
            .Where(m => m.Success)
            .ToList();

        Assert.NotEmpty(rows);
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
