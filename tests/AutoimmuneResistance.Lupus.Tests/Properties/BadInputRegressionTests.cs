using System.Text;
using System.Text.Json.Nodes;
using AutoimmuneResistance.Lupus.Tests.DemoCohort;

namespace AutoimmuneResistance.Lupus.Tests.Properties;

/// <summary>
/// Inputs on which the bad-input property tests (BadInputPropertyTests) found a crash, each kept as a regression test of the intended
/// behaviour: a path-qualified error, or a result, instead of an exception.
/// </summary>
public sealed class BadInputRegressionTests
{
    private static readonly ResistancePipeline Pipeline = LupusProfiles.Pipeline;

    // Was a bug: a null list element read without error, and validation threw NullReferenceException (AIR1302, no path).
    [Fact]
    public void A_null_list_element_in_a_profile_is_an_error_with_its_path()
    {
        var line = DemoProfile("demo-0274");
        line["observations"]![14] = null;

        var outcome = Assert.Single(EvaluateLines(line.ToJsonString()));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, error.Code);
        Assert.Equal("$.observations[14]", error.Path);
    }

    // Was a bug: Sri4Instrument.ValidateTimePoint threw NullReferenceException on the null BILAG domain entry.
    [Fact]
    public void A_null_list_element_in_an_instrument_input_is_an_error_with_its_path()
    {
        const string Input = """
            {"baseline":{"on":"2024-01-15","sledaiTotal":10,"pga":1.0,"bilag":{"on":"2024-01-15","domains":[{"domain":"mucocutaneous","grade":"B"},{"domain":"musculoskeletal","grade":"B"},{"domain":"musculoskeletal","grade":"B"}]}},"followUp":{"on":"2024-07-15","sledaiTotal":6,"pga":1.0,"bilag":{"on":"2024-07-15","domains":[null,{"domain":"musculoskeletal","grade":"C"}]}}}
            """;

        var computation = Pipeline.ComputeInstrument(LupusIds.Sri4, Encoding.UTF8.GetBytes(Input));

        Assert.Null(computation.ResultJson);
        var error = Assert.Single(computation.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingRequiredProperty, error.Code);
        Assert.Equal("$.followUp.bilag.domains[0]", error.Path);
    }

    // Was a bug: the course classifier (and the biomarker and organ-confined activity evaluators) summed the weights of
    // an unchecked SLEDAI-2K visit, and an undefined descriptor (a number the enum reader accepts) threw
    // ArgumentOutOfRangeException: AIR1201 for sle.treatment-response, sle.biomarkers and others.
    [Theory]
    [InlineData("0")]
    [InlineData("\"-1\"")]
    public void An_undefined_sledai_descriptor_in_a_profile_leaves_the_visit_unscored_with_a_warning(string descriptor)
    {
        var line = DemoProfile("demo-0006");
        line["assessments"]![0]!["present"]![1] = JsonNode.Parse(descriptor);

        var outcome = Assert.Single(EvaluateLines(line.ToJsonString()));

        Assert.True(outcome.IsSuccess, string.Join("; ", outcome.Errors));
        var diagnostics = outcome.Assessment!.Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.EvaluatorFailed);
        Assert.Contains(diagnostics, d => d.Code == Sledai2kDiagnosticCodes.UnknownDescriptor && d.Severity == DiagnosticSeverity.Warning && d.Path == "$.assessments[0].present[1]");
    }

    // Was a bug: a drug level matrix given as a number outside SampleMatrix passed validation, and the hydroxychloroquine
    // instrument, called by sle.non-adherence, rejected it by throwing ArgumentException (AIR1201).
    [Fact]
    public void An_undefined_drug_level_matrix_is_a_validation_error_with_its_path()
    {
        var line = DemoProfile("demo-0007");
        line["drugLevels"]![1]!["matrix"] = "0";

        var outcome = Assert.Single(EvaluateLines(line.ToJsonString()));

        Assert.False(outcome.IsSuccess);
        Assert.Contains(outcome.Errors, d => d.Code == DiagnosticCodes.InvalidValue && d.Path == "$.drugLevels[1].matrix");
    }

    // Were bugs: a value near 0 where the instrument divides by it threw OverflowException from ComputeInstrument
    // (proteinuria reduction, eGFR percentage of baseline, dose per kilogram).
    [Theory]
    [InlineData(
        "sle.lupus-nephritis-response",
        """{"baseline":{"on":"2023-01-01","proteinuria":{"value":0.0000000000000000000000000001,"unit":"g/g"},"egfr":{"value":90,"unit":"mL/min/{1.73_m2}"}},"followUps":[{"on":"2023-04-01","proteinuria":{"value":2.8,"unit":"g/g"},"egfr":{"value":90,"unit":"mL/min/{1.73_m2}"}}]}""",
        "AIR2312",
        "$.baseline.proteinuria")]
    [InlineData(
        "sle.lupus-nephritis-response",
        """{"definitions":"sle.ln-response.kdigo-2024","baseline":{"on":"2023-01-01","proteinuria":{"value":0.0000000000000000000000000001,"unit":"mg/mmol"},"egfr":{"value":90,"unit":"mL/min/{1.73_m2}"}},"followUps":[{"on":"2024-01-01","proteinuria":{"value":45,"unit":"mg/mmol"},"egfr":{"value":90,"unit":"mL/min/{1.73_m2}"}}]}""",
        "AIR2312",
        "$.baseline.proteinuria")]
    [InlineData(
        "sle.lupus-nephritis-response",
        """{"baseline":{"on":"2023-01-01","proteinuria":{"value":4.0,"unit":"g/g"},"egfr":{"value":0.0000000000000000000000000001,"unit":"mL/min/{1.73_m2}"}},"followUps":[{"on":"2023-07-01","proteinuria":{"value":2.0,"unit":"g/g"},"egfr":{"value":90,"unit":"mL/min/{1.73_m2}"}}]}""",
        "AIR2313",
        "$.baseline.egfr")]
    [InlineData(
        "sle.hydroxychloroquine",
        """{"on":"2024-01-01","courses":[{"therapy":"hydroxychloroquine","class":"antimalarial","regimen":{"dose":{"value":300,"unit":"mg"}},"start":"2023-01-01"}],"bodyWeights":[{"on":"2023-12-01","weight":{"value":0.0000000000000000000000000001,"unit":"kg"}}]}""",
        "AIR1005",
        "$.bodyWeights[0]")]
    public void A_value_too_close_to_zero_to_divide_by_is_an_instrument_error_with_its_path(string instrument, string input, string code, string path)
    {
        var computation = Pipeline.ComputeInstrument(InstrumentId.Create(instrument), Encoding.UTF8.GetBytes(input));

        Assert.Null(computation.ResultJson);
        var error = Assert.Single(computation.Diagnostics);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
    }

    // Were bugs: profile values that pass validation but that the hydroxychloroquine or nephritis response instrument
    // rejects (or divides by near 0) reached the instrument from sle.non-adherence, sle.treatment-response and
    // sle.treatment-options, which failed (AIR1201) with ArgumentException or OverflowException. The evaluators now pass
    // only what the instrument accepts; a hydroxychloroquine entry left out is reported as a warning.
    [Theory]
    [InlineData("demo-0007", "drugLevels.1.matrix", "\"serum\"", "$.drugLevels[1].code")]
    [InlineData("demo-0007", "drugLevels.1.level", """{"value":5,"unit":"[IU]/mL"}""", "$.drugLevels[1].level")]
    [InlineData("demo-0130", "bodyWeights.1.weight.value", "0.0000000000000000000000000001", "$.bodyWeights[1]")]
    [InlineData("demo-0147", "bodyWeights.1.weight.value", "0.0000000000000000000000000001", "$.bodyWeights[1]")]
    [InlineData("demo-0205", "observations.3.value.value", "0.0000000000000000000000000001", null)]
    [InlineData("demo-0248", "observations.4.value.value", "0.0000000000000000000000000001", null)]
    public void A_value_an_instrument_rejects_does_not_fail_the_evaluator_that_reads_it(string subject, string at, string value, string? warningPath)
    {
        var profile = DemoProfile(subject);
        var segments = at.Split('.');
        var parent = segments[..^1].Aggregate((JsonNode)profile, (node, s) => int.TryParse(s, out var i) ? node[i]! : node[s]!);
        var last = segments[^1];
        if (int.TryParse(last, out var index))
        {
            parent[index] = JsonNode.Parse(value);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        var outcome = Assert.Single(EvaluateLines(profile.ToJsonString()));

        Assert.True(outcome.IsSuccess, string.Join("; ", outcome.Errors));
        var diagnostics = outcome.Assessment!.Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.EvaluatorFailed);
        if (warningPath is not null)
        {
            Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Path == warningPath);
        }
    }

    // Were bugs: a date near the end of the calendar made date arithmetic throw ArgumentOutOfRangeException, from
    // ComputeInstrument (the nephritis response due date) and in sle.treatment-options (the course classifier's minimum
    // trial length, AIR1201). Dates outside 1800-01-01 to 2299-12-31 are now rejected on read, at their path.
    [Fact]
    public void A_date_outside_the_plausible_calendar_is_an_instrument_error_with_its_path()
    {
        const string Input = """{"baseline":{"on":"9999-12-31","proteinuria":{"value":2.0,"unit":"g/g"},"egfr":{"value":100,"unit":"mL/min/{1.73_m2}"}},"followUps":[]}""";

        var computation = Pipeline.ComputeInstrument(LupusIds.NephritisResponse, Encoding.UTF8.GetBytes(Input));

        Assert.Null(computation.ResultJson);
        var error = Assert.Single(computation.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal("$.baseline.on", error.Path);
    }

    [Fact]
    public void A_date_outside_the_plausible_calendar_in_a_profile_is_an_error_with_its_path()
    {
        var line = DemoProfile("demo-0077");
        line["therapies"]![2]!["start"] = "9999-12-31";
        line["assessments"]![14]!["present"] = new JsonArray();

        var outcome = Assert.Single(EvaluateLines(line.ToJsonString()));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal("$.therapies[2].start", error.Path);
    }

    // The demo cohort's profile of a subject, as a JSON tree to mutate.
    private static JsonObject DemoProfile(string subject) =>
        File.ReadLines(DemoCohortFixture.CohortPath)
            .Where(l => l.Contains($"\"subject\":\"{subject}\"", StringComparison.Ordinal))
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .Single();

    private static List<CohortOutcome> EvaluateLines(params string[] lines) =>
        [.. Pipeline.EvaluateJsonLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"))).ToBlockingEnumerable()];
}
