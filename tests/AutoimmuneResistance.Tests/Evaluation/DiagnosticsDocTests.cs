using System.Reflection;
using AutoimmuneResistance.Tests.Schema;

namespace AutoimmuneResistance.Tests.Evaluation;

public sealed class DiagnosticsDocTests
{
    [Fact]
    public void Every_diagnostic_code_is_documented_once()
    {
        var page = File.ReadAllText(Path.Combine(ProfileSchemaTests.RepositoryRoot(), "docs", "diagnostics.md"));
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        foreach (var code in codes)
        {
            Assert.Contains($"| {code} |", page, StringComparison.Ordinal);
        }
    }
}
