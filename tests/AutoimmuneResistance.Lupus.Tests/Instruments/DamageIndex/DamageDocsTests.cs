using System.Reflection;
using System.Text;
using System.Text.Json;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

// The instrument pages show a real input and the result the library produces for it; these tests keep them true.
public sealed class DamageDocsTests
{
    private static readonly string[] Pages = ["sle.slicc-acr-damage-index", "sle.eular-acr-2019-classification"];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (AutoimmuneResistance.sln) was not found above the test output.");
    }

    private static string Page(string id) => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "instruments", id + ".md"));

    private static string Block(string page, string marker)
    {
        var start = page.IndexOf($"<!-- worked-example:{marker} -->", StringComparison.Ordinal);
        Assert.True(start >= 0, $"marker {marker} missing");
        var open = page.IndexOf("```json\n", start, StringComparison.Ordinal) + "```json\n".Length;
        var close = page.IndexOf("\n```", open, StringComparison.Ordinal);
        return page[open..close];
    }

    [Theory]
    [InlineData("sle.slicc-acr-damage-index")]
    [InlineData("sle.eular-acr-2019-classification")]
    public void The_worked_example_on_the_page_is_what_the_library_computes(string id)
    {
        var page = Page(id);
        using var input = JsonDocument.Parse(Block(page, "input"));
        using var expected = JsonDocument.Parse(Block(page, "result"));

        var computation = DamageWorkedExamples.Pipeline.ComputeInstrument(InstrumentId.Create(id), Encoding.UTF8.GetBytes(input.RootElement.GetRawText()));

        Assert.False(computation.HasErrors);
        using var actual = JsonDocument.Parse(computation.ResultJson!.Value);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), computation.ResultText());
    }

    [Fact]
    public void Every_damage_and_classification_code_is_documented()
    {
        var text = string.Concat(Pages.Select(Page));
        var codes = typeof(LupusDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => string.CompareOrdinal(c, "AIR2200") >= 0 && string.CompareOrdinal(c, "AIR2299") <= 0)
            .ToList();

        Assert.Equal(19, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Contains($"| {code} |", text, StringComparison.Ordinal));
    }
}
