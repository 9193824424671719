using System.Text;
using System.Text.Json.Nodes;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Properties;

/// <summary>
/// Every systemic sclerosis diagnostic code, produced through <see cref="ResistancePipeline.ComputeInstrument"/> from input
/// carrying marker values (docs/diagnostics.md, "Patient values stay out of diagnostics"): by default no marker is in a
/// message or a path and no diagnostic has a value; with <see cref="ResistancePipelineBuilder.IncludeValuesInDiagnostics(bool)"/>
/// the same diagnostics come back, and the one under test holds the marker in <see cref="EvaluationDiagnostic.Value"/>.
/// </summary>
public sealed class DiagnosticValueTests
{
    private const string Text = "zqxmark";
    private const string Number = "987.654";
    private const string Integer = "31337";
    private const string InRange = "47.3";
    private const string Date1 = "2019-03-17";
    private const string Date2 = "2021-11-23";
    private const string FutureDate = "2031-07-29";

    private static readonly string[] Markers = [Text, "987.65", Integer, InRange, Date1, Date2, FutureDate];

    private static readonly ResistancePipeline Default = new ResistancePipelineBuilder().AddSystemicSclerosis().Build();

    private static readonly ResistancePipeline WithValues = new ResistancePipelineBuilder().AddSystemicSclerosis().IncludeValuesInDiagnostics().Build();

    private static readonly Lazy<Dictionary<string, ValueCase>> Table = new(() => Cases().ToDictionary(c => c.Name));

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var name in Table.Value.Keys)
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void An_ssc_code_names_the_rule_without_the_value_and_gives_the_value_only_on_request(string name)
    {
        var c = Table.Value[name];

        var shown = Default.ComputeInstrument(c.Instrument, Encoding.UTF8.GetBytes(c.Json)).Diagnostics;
        Assert.True(shown.Any(d => d.Code == c.Code), $"{c.Name}: {c.Code} was not produced; got:\n{string.Join("\n", shown)}\n{c.Json}");
        foreach (var diagnostic in shown)
        {
            foreach (var marker in Markers)
            {
                Assert.DoesNotContain(marker, diagnostic.Message, StringComparison.OrdinalIgnoreCase);
                Assert.False(diagnostic.Path?.Contains(marker, StringComparison.OrdinalIgnoreCase) == true, $"the path quotes '{marker}': {diagnostic}");
            }

            Assert.Null(diagnostic.Value);
        }

        var withValues = WithValues.ComputeInstrument(c.Instrument, Encoding.UTF8.GetBytes(c.Json)).Diagnostics;
        Assert.Equal(shown.Select(d => (d.Code, d.Severity, d.Message, d.Path)), withValues.Select(d => (d.Code, d.Severity, d.Message, d.Path)));
        Assert.True(
            withValues.Any(d => d.Code == c.Code && d.Value?.Contains(c.Detail, StringComparison.Ordinal) == true),
            $"{c.Name}: with values included, no {c.Code} holds '{c.Detail}':\n{string.Join("\n", withValues)}");
    }

    [Fact]
    public void The_table_covers_every_ssc_diagnostic_code()
    {
        var codes = DiagnosticsDocTests.Codes().ToHashSet();
        var covered = Table.Value.Values.Select(c => c.Code).ToHashSet();

        Assert.Empty(codes.Except(covered).Order());
        Assert.Empty(covered.Except(codes).Order());
    }

    private static IEnumerable<ValueCase> Cases()
    {
        yield return new(SystemicSclerosisDiagnosticCodes.UnknownDefinitionSet, "ild: definitions ssc.zqxmark", SystemicSclerosisIds.ProgressiveIld, Ild(o => o["definitions"] = "ssc." + Text), Text);
        yield return new(SystemicSclerosisDiagnosticCodes.UndefinedValue, "classification: item 31337", SystemicSclerosisIds.Classification2013, """{"items":[31337]}""", Integer);
        yield return new(SystemicSclerosisDiagnosticCodes.UndefinedValue, "mrss: site 31337", SystemicSclerosisIds.ModifiedRodnanSkinScore, Mrss(o => o["sites"]![0]!["site"] = 31337), Integer);
        yield return new(SystemicSclerosisDiagnosticCodes.UndefinedValue, "autoantibodies: 31337", SystemicSclerosisIds.AutoantibodyPhenotype, """{"positive":[31337]}""", Integer);
        yield return new(SystemicSclerosisDiagnosticCodes.UndefinedValue, "duration: subset 31337", SystemicSclerosisIds.DiseaseDuration, """{"firstNonRaynaudManifestation":"2019-03-17","on":"2021-11-23","subset":31337}""", Integer);
        yield return new(SystemicSclerosisDiagnosticCodes.ValueRepeated, "classification: an item twice", SystemicSclerosisIds.Classification2013, """{"items":["raynaud-phenomenon","raynaud-phenomenon"]}""", "raynaud-phenomenon");
        yield return new(SystemicSclerosisDiagnosticCodes.ValueRepeated, "classification: a mimic twice", SystemicSclerosisIds.Classification2013, """{"betterExplainedBy":["porphyria","porphyria"]}""", "porphyria");
        yield return new(SystemicSclerosisDiagnosticCodes.ValueRepeated, "mrss: a site twice", SystemicSclerosisIds.ModifiedRodnanSkinScore, Mrss(o => o["sites"]![1]!["site"] = "face"), "face");
        yield return new(SystemicSclerosisDiagnosticCodes.ValueRepeated, "autoantibodies: twice", SystemicSclerosisIds.AutoantibodyPhenotype, """{"positive":["anti-centromere","anti-centromere"]}""", "anti-centromere");
        yield return new(SystemicSclerosisDiagnosticCodes.ClassificationFingersContradictory, "classification: sclerodactyly with spared fingers", SystemicSclerosisIds.Classification2013, """{"items":["sclerodactyly"],"skinThickeningSparesFingers":true}""", "sclerodactyly");
        yield return new(SystemicSclerosisDiagnosticCodes.MrssScoreOutOfRange, "mrss: score 31337", SystemicSclerosisIds.ModifiedRodnanSkinScore, Mrss(o => o["sites"]![3]!["score"] = 31337), Integer);
        yield return new(SystemicSclerosisDiagnosticCodes.MrssSiteMissing, "mrss: face missing", SystemicSclerosisIds.ModifiedRodnanSkinScore, Mrss(o => o["sites"]!.AsArray().RemoveAt(0)), "face");
        yield return new(SystemicSclerosisDiagnosticCodes.CrissMrssOutOfRange, "criss: mrss 31337", SystemicSclerosisIds.Criss, Criss(o => o["baseline"]!["mrss"] = 31337), Integer);
        yield return new(SystemicSclerosisDiagnosticCodes.CrissGlobalOutOfRange, "criss: patient global 987.654", SystemicSclerosisIds.Criss, Criss(o => o["followUp"]!["patientGlobal"] = 987.654m), Number);
        yield return new(SystemicSclerosisDiagnosticCodes.CrissHaqOutOfRange, "criss: haq 987.654", SystemicSclerosisIds.Criss, Criss(o => o["followUp"]!["haqDi"] = 987.654m), Number);
        yield return new(SystemicSclerosisDiagnosticCodes.CrissCardiacValueOutOfRange, "criss: lvef 987.654", SystemicSclerosisIds.Criss, Criss(o => o["newLeftVentricularFailure"] = new JsonObject { ["ejectionFractionPercent"] = 987.654m, ["requiresTreatment"] = true }), Number);
        yield return new(SystemicSclerosisDiagnosticCodes.ActivityMrssOutOfRange, "activity: mrss 31337", SystemicSclerosisIds.EustarActivityIndex, Activity("31337", "{\"value\":5,\"unit\":\"mg/L\"}"), Integer);
        yield return new(SystemicSclerosisDiagnosticCodes.ActivityCrpUnitNotMass, "activity: crp 47.3 [IU]/mL", SystemicSclerosisIds.EustarActivityIndex, Activity("10", "{\"value\":47.3,\"unit\":\"[IU]/mL\"}"), InRange);
        yield return new(SystemicSclerosisDiagnosticCodes.IldFollowUpNotAfterBaseline, "ild: follow-up before baseline", SystemicSclerosisIds.ProgressiveIld, Ild(o => o["followUp"]!["on"] = Date1), Date1);
        yield return new(SystemicSclerosisDiagnosticCodes.GlucocorticoidDoseOutOfRange, "renal: dose 987.654", SystemicSclerosisIds.RenalCrisisGlucocorticoidRisk, $$$"""{"on":"{{{Date2}}}","exposures":[{"from":"{{{Date1}}}","prednisoneEquivalentMgPerDay":987.654e1}]}""", "9876.54");
        yield return new(SystemicSclerosisDiagnosticCodes.GlucocorticoidExposureEndBeforeStart, "renal: end before start", SystemicSclerosisIds.RenalCrisisGlucocorticoidRisk, $$$"""{"on":"{{{FutureDate}}}","exposures":[{"from":"{{{Date2}}}","to":"{{{Date1}}}","prednisoneEquivalentMgPerDay":20}]}""", Date1);
        yield return new(SystemicSclerosisDiagnosticCodes.GlucocorticoidExposureAfterAssessment, "renal: exposure after the assessment", SystemicSclerosisIds.RenalCrisisGlucocorticoidRisk, $$$"""{"on":"{{{Date2}}}","exposures":[{"from":"{{{FutureDate}}}","prednisoneEquivalentMgPerDay":20}]}""", FutureDate);
        yield return new(SystemicSclerosisDiagnosticCodes.DurationOnsetAfterAssessment, "duration: onset after assessment", SystemicSclerosisIds.DiseaseDuration, $$"""{"firstNonRaynaudManifestation":"{{FutureDate}}","on":"{{Date2}}","subset":"diffuse"}""", FutureDate);
    }

    private static string Mrss(Action<JsonObject> edit) => Edit(JsonNode.Parse(Ssc.AllSites(1))!.AsObject(), edit);

    private static string Criss(Action<JsonObject> edit) => Edit(
        JsonNode.Parse("""
            {"baseline":{"mrss":25,"fvc":{"value":78,"unit":"%"},"patientGlobal":6,"physicianGlobal":6,"haqDi":1.5},
             "followUp":{"mrss":15,"fvc":{"value":80,"unit":"%"},"patientGlobal":4,"physicianGlobal":4,"haqDi":1.0}}
            """)!.AsObject(),
        edit);

    private static string Ild(Action<JsonObject> edit) => Edit(
        JsonNode.Parse("{\"baseline\":{\"on\":\"" + Date2 + "\",\"fvc\":{\"value\":80,\"unit\":\"%\"}},\"followUp\":{\"on\":\"" + FutureDate + "\",\"fvc\":{\"value\":72,\"unit\":\"%\"}}}")!.AsObject(),
        edit);

    private static string Activity(string mrss, string crp) =>
        $"{{\"skinWorsenedPreviousMonth\":false,\"mrss\":{mrss},\"digitalUlcers\":false,\"tendonFrictionRubs\":false,\"crp\":{crp},\"dlco\":{{\"value\":80,\"unit\":\"%\"}}}}";

    private static string Edit(JsonObject document, Action<JsonObject> edit)
    {
        edit(document);
        return document.ToJsonString();
    }

    private sealed record ValueCase(string Code, string Name, InstrumentId Instrument, string Json, string Detail)
    {
        public override string ToString() => $"{Name} ({Code}, {Instrument}): {Json}";
    }
}
