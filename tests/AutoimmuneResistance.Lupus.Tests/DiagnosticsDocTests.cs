using System.Reflection;

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
}
