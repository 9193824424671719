using System.Text;
using System.Text.Json;
using AutoimmuneResistance.Lupus.Tests.Instruments.DamageIndex;
using AutoimmuneResistance.Lupus.Tests.Instruments.SleDas;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.Slicc2012;

public sealed class Slicc2012Tests
{
    private const string Folder = "slicc-2012";

    public static TheoryData<string> Files => DamageWorkedExamples.Files(Folder);

    private static InstrumentComputation Compute(string json) =>
        DamageWorkedExamples.Pipeline.ComputeInstrument(LupusIds.Slicc2012Classification, Encoding.UTF8.GetBytes(json));

    private static string[] Names(JsonElement element, string property) =>
        element.TryGetProperty(property, out var list) ? [.. list.EnumerateArray().Select(x => x.GetString()!)] : [];

    [Theory]
    [MemberData(nameof(Files))]
    public void Worked_example_matches_the_hand_derivation(string file)
    {
        using var document = DamageWorkedExamples.Load(Folder, file);
        var expected = document.RootElement.GetProperty("expected");

        var (result, codes) = DamageWorkedExamples.Compute(LupusIds.Slicc2012Classification, document.RootElement.GetProperty("input"));
        using var disposeResult = result;
        var actual = result.RootElement;

        Assert.Equal(expected.GetProperty("classified").GetBoolean(), actual.GetProperty("classified").GetBoolean());
        Assert.Equal(expected.GetProperty("decidingRule").GetString(), actual.GetProperty("decidingRule").GetString());
        Assert.Equal(expected.GetProperty("criteriaCount").GetInt32(), actual.GetProperty("criteriaCount").GetInt32());
        Assert.Equal(Names(expected, "clinical"), Names(actual, "clinical"));
        Assert.Equal(Names(expected, "immunologic"), Names(actual, "immunologic"));
        Assert.Equal(Names(expected, "notCounted"), Names(actual, "notCounted"));
        Assert.Equal(Names(expected, "otherCause"), Names(actual, "otherCause"));
        if (expected.TryGetProperty("nephritisRouteMet", out var nephritis))
        {
            Assert.Equal(nephritis.GetBoolean(), actual.GetProperty("nephritisRouteMet").GetBoolean());
        }

        Assert.Equal(DamageWorkedExamples.ExpectedCodes(expected), codes);
    }

    [Fact]
    public void The_worked_examples_are_found()
    {
        Assert.True(Files.Count >= 10);
    }

    [Fact]
    public void There_are_11_clinical_and_6_immunologic_criteria()
    {
        Assert.Equal(17, Slicc2012Classification.All.Length);
        Assert.Equal(11, Slicc2012Classification.All.Count(Slicc2012Classification.IsClinical));
        Assert.Throws<ArgumentOutOfRangeException>(() => Slicc2012Classification.IsClinical(default));
        Assert.Contains(DamageWorkedExamples.Pipeline.Instruments, i => i.Id == LupusIds.Slicc2012Classification && i.Documentation == "docs/instruments/sle.slicc-2012-classification.md");
    }

    [Theory]
    [InlineData(3, 0, false)]
    [InlineData(4, 0, false)]
    [InlineData(0, 4, false)]
    [InlineData(2, 1, false)]
    [InlineData(1, 2, false)]
    [InlineData(3, 1, true)]
    [InlineData(1, 3, true)]
    [InlineData(2, 2, true)]
    public void The_counting_rule_needs_four_with_both_kinds(int clinical, int immunologic, bool classified)
    {
        var input = new Slicc2012Input
        {
            Criteria = [.. Slicc2012Classification.All.Where(Slicc2012Classification.IsClinical).Take(clinical), .. Slicc2012Classification.All.Where(c => !Slicc2012Classification.IsClinical(c)).Take(immunologic)],
        };

        Assert.Equal(classified, new Slicc2012Classification().Compute(input).Classified);
    }

    [Theory]
    [InlineData("""{"criteria":["ana","synovitis","ana"]}""", "AIR2801", "$.criteria[2]")]
    [InlineData("""{"otherCause":["renal","renal"]}""", "AIR2801", "$.otherCause[1]")]
    [InlineData("""{"criteria":[99]}""", "AIR2802", "$.criteria[0]")]
    [InlineData("""{"criteria":["renal"],"otherCause":["renal"]}""", "AIR2803", "$.otherCause[0]")]
    [InlineData("""{"criteria":["rennal"]}""", "AIR1001", "$.criteria[0]")]
    [InlineData("""{"biopsy":true}""", "AIR1004", "$.biopsy")]
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
    public void The_worked_example_on_the_page_is_what_the_library_computes()
    {
        var page = DocsPages.Page("sle.slicc-2012-classification");
        using var input = JsonDocument.Parse(DocsPages.Block(page, "input"));
        using var expected = JsonDocument.Parse(DocsPages.Block(page, "result"));

        var computation = Compute(input.RootElement.GetRawText());

        Assert.False(computation.HasErrors);
        using var actual = JsonDocument.Parse(computation.ResultJson!.Value);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), computation.ResultText());
        Assert.All(
            typeof(Slicc2012DiagnosticCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!),
            code => Assert.Contains(code, page, StringComparison.Ordinal));
    }
}
