using System.Text;
using System.Text.Json;
using AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.SleDas;

public sealed class SleDasTests
{
    private const string Folder = "sle-das";

    public static TheoryData<string> Files => DamageWorkedExamples.Files(Folder);

    private static InstrumentComputation Compute(string json) =>
        DamageWorkedExamples.Pipeline.ComputeInstrument(LupusIds.SleDas, Encoding.UTF8.GetBytes(json));

    [Theory]
    [MemberData(nameof(Files))]
    public void Worked_example_matches_the_hand_derivation(string file)
    {
        using var document = DamageWorkedExamples.Load(Folder, file);
        var expected = document.RootElement.GetProperty("expected");

        var (result, codes) = DamageWorkedExamples.Compute(LupusIds.SleDas, document.RootElement.GetProperty("input"));
        using var disposeResult = result;
        var actual = result.RootElement;

        Assert.Equal(expected.GetProperty("score").GetDecimal(), actual.GetProperty("score").GetDecimal());
        Assert.Equal(expected.GetProperty("category").GetString(), actual.GetProperty("category").GetString());
        Assert.Equal(expected.GetProperty("severeActivity").GetBoolean(), actual.GetProperty("severeActivity").GetBoolean());
        Assert.Equal("sle.sle-das.jesus-2019", actual.GetProperty("definitions").GetString());
        var terms = actual.GetProperty("terms").EnumerateArray().ToDictionary(t => t.GetProperty("item").GetString()!, t => t.GetProperty("points").GetDecimal());
        var want = expected.GetProperty("terms").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
        Assert.Equal(want.OrderBy(p => p.Key, StringComparer.Ordinal), terms.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(DamageWorkedExamples.ExpectedCodes(expected), codes);
    }

    [Fact]
    public void The_worked_examples_are_found()
    {
        Assert.True(Files.Count >= 15);
    }

    [Theory]
    [InlineData("2.07", SleDasCategory.Remission)]
    [InlineData("2.08", SleDasCategory.Remission)]
    [InlineData("2.09", SleDasCategory.MildActivity)]
    [InlineData("7.63", SleDasCategory.MildActivity)]
    [InlineData("7.64", SleDasCategory.MildActivity)]
    [InlineData("7.65", SleDasCategory.ModerateOrSevereActivity)]
    [InlineData("0", SleDasCategory.Remission)]
    [InlineData("9.91", SleDasCategory.ModerateOrSevereActivity)]
    public void Categories_follow_the_published_cut_offs(string score, SleDasCategory category)
    {
        Assert.Equal(category, SleDasInstrument.Categorize(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), SleDasDefinitions.Default));
    }

    [Fact]
    public void The_default_set_is_valid_and_registered()
    {
        Assert.Empty(SleDasDefinitions.Default.Validate());
        Assert.Contains(DamageWorkedExamples.Pipeline.Instruments, i => i.Id == LupusIds.SleDas && i.Documentation == "docs/instruments/sle.sle-das.md");
        Assert.NotEmpty((SleDasDefinitions.Default with { RemissionAtMost = 8m }).Validate());
        Assert.NotEmpty((SleDasDefinitions.Default with { PlateletLogWeight = 1m }).Validate());
        Assert.NotEmpty((SleDasDefinitions.Default with { AlopeciaWeight = -1m }).Validate());
        Assert.NotEmpty((SleDasDefinitions.Default with { LeukocytesBelow = 0m }).Validate());
    }

    [Fact]
    public void A_tuned_definition_set_under_its_own_id_can_be_selected_by_the_input()
    {
        var tuned = SleDasDefinitions.Default with { Id = DefinitionSetId.Create("sle.sle-das.local"), RemissionAtMost = 0.30m };
        var instrument = new SleDasInstrument([SleDasDefinitions.Default, tuned]);
        var input = new SleDasInput { Definitions = tuned.Id, ProteinuriaMilligrams = 0m, PlateletCount = 250m, LeukocyteCount = 6m };

        var result = instrument.Compute(input);

        Assert.Equal(0.37m, result.Score);
        Assert.Equal(SleDasCategory.MildActivity, result.Category);
        Assert.Equal(tuned.Id, result.Definitions);
    }

    [Theory]
    [InlineData("""{"swollenJointCount":29}""", "AIR2701", "$.swollenJointCount")]
    [InlineData("""{"swollenJointCount":-1}""", "AIR2701", "$.swollenJointCount")]
    [InlineData("""{"proteinuriaMilligrams":-1,"plateletCount":250,"leukocyteCount":6}""", "AIR2702", "$.proteinuriaMilligrams")]
    [InlineData("""{"proteinuriaMilligrams":100001,"plateletCount":250,"leukocyteCount":6}""", "AIR2702", "$.proteinuriaMilligrams")]
    [InlineData("""{"proteinuriaMilligrams":100,"plateletCount":0,"leukocyteCount":6}""", "AIR2703", "$.plateletCount")]
    [InlineData("""{"proteinuriaMilligrams":100,"plateletCount":250,"leukocyteCount":0}""", "AIR2703", "$.leukocyteCount")]
    [InlineData("""{"proteinuriaMilligrams":100,"plateletCount":2001,"leukocyteCount":6}""", "AIR2703", "$.plateletCount")]
    [InlineData("""{"localizedRash":true,"generalizedRash":true}""", "AIR2704", "$.generalizedRash")]
    [InlineData("""{"definitions":"sle.sle-das.nope"}""", "AIR2301", "$.definitions")]
    [InlineData("""{"swollenJoints":2}""", "AIR1004", "$.swollenJoints")]
    [InlineData("""{"alopecia":"yes"}""", "AIR1001", "$.alopecia")]
    public void Invalid_input_is_reported_with_its_code_and_path(string json, string code, string path)
    {
        var computation = Compute(json);

        Assert.True(computation.HasErrors);
        Assert.Null(computation.ResultJson);
        var error = Assert.Single(computation.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void The_largest_accepted_values_score()
    {
        var result = new SleDasInstrument().Compute(new SleDasInput
        {
            SwollenJointCount = 28,
            ProteinuriaMilligrams = SleDasInstrument.MaxProteinuriaMilligrams,
            PlateletCount = 0.001m,
            LeukocyteCount = 0.001m,
        });

        // 0.366 + 3.132 + 28 x 0.454 + (-17.584 + 3.811 ln 100000) + (26.105 - 5.577 ln 0.001) + (6.118 - 5.058 ln 0.001)
        // = 0.366 + 3.132 + 12.712 + 26.291 + 64.630 + 41.057 = 148.188
        Assert.Equal(148.19m, result.Score);
        Assert.Equal(SleDasCategory.ModerateOrSevereActivity, result.Category);
    }
}

public sealed class SleDasDocsTests
{
    [Fact]
    public void The_worked_example_on_the_page_is_what_the_library_computes()
    {
        var page = DocsPages.Page("sle.sle-das");
        using var input = JsonDocument.Parse(DocsPages.Block(page, "input"));
        using var expected = JsonDocument.Parse(DocsPages.Block(page, "result"));

        var computation = DamageWorkedExamples.Pipeline.ComputeInstrument(LupusIds.SleDas, Encoding.UTF8.GetBytes(input.RootElement.GetRawText()));

        Assert.False(computation.HasErrors);
        using var actual = JsonDocument.Parse(computation.ResultJson!.Value);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), computation.ResultText());
    }

    [Fact]
    public void Every_sle_das_code_is_documented_on_the_page()
    {
        var page = DocsPages.Page("sle.sle-das");
        Assert.All(
            typeof(SleDasDiagnosticCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!),
            code => Assert.Contains(code, page, StringComparison.Ordinal));
    }
}

internal static class DocsPages
{
    internal static string Page(string id)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
            {
                return File.ReadAllText(Path.Combine(directory.FullName, "docs", "instruments", id + ".md"));
            }
        }

        throw new InvalidOperationException("The repository root (AutoimmuneResistance.sln) was not found above the test output.");
    }

    internal static string Block(string page, string marker)
    {
        var start = page.IndexOf($"<!-- worked-example:{marker} -->", StringComparison.Ordinal);
        Assert.True(start >= 0, $"marker {marker} missing");
        var open = page.IndexOf("```json\n", start, StringComparison.Ordinal) + "```json\n".Length;
        var close = page.IndexOf("\n```", open, StringComparison.Ordinal);
        return page[open..close];
    }
}
