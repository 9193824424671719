using System.Text;
using System.Text.Json;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

// Hand-derived examples of the raw-data path that need a definition set or a profile (the instrument-only examples are
// the raw-*.json worked examples). Visit 2024-03-11; 10-day window 2024-03-01..2024-03-11.
public sealed class Sledai2kRawDataTests
{
    private static readonly DateOnly Visit = new(2024, 3, 11);

    private static Observation Lab(DateOnly on, string loinc, decimal value, QuantityUnit unit) =>
        new() { On = on, Code = ClinicalCode.Loinc(loinc), Value = Quantity.Create(value, unit) };

    [Fact]
    public void The_unknown_policy_is_selected_by_definition_set_and_names_the_missing_descriptors()
    {
        // Rash entered, platelets 80 (< 100) derived, every other descriptor listed absent except leukopenia and fever.
        var reported = new[] { Sledai2kDescriptor.Rash, Sledai2kDescriptor.Thrombocytopenia, Sledai2kDescriptor.Leukopenia, Sledai2kDescriptor.Fever };
        var absentNames = string.Join(",", Sledai2kDescriptors.All.Except(reported).Select(d => "\"" + ActivityJson.Name(d) + "\""));
        var input = "{\"on\":\"2024-03-11\",\"present\":[\"rash\"],\"absent\":[" + absentNames + "],"
            + "\"observations\":[{\"on\":\"2024-03-10\",\"code\":{\"system\":\"http://loinc.org\",\"code\":\"777-3\"},\"value\":{\"value\":80,\"unit\":\"10*9/L\"}}]}";
        var unknownPipeline = new ResistancePipelineBuilder().AddModule(new ActivityTestModule())
            .UseDefinitionSet(DefinitionSetId.Create("sle.activity.unreported-unknown")).Build();

        var unknown = JsonDocument.Parse(unknownPipeline.ComputeInstrument(LupusIds.Sledai2k, Encoding.UTF8.GetBytes(input)).ResultText()!).RootElement;
        Assert.True(unknown.GetProperty("unknown").GetBoolean());
        Assert.Equal(["fever", "leukopenia"], unknown.GetProperty("notReported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, unknown.GetProperty("total").GetInt32()); // the reported part only: rash 2 + thrombocytopenia 1
        Assert.Equal("not-reported", unknown.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("descriptor").GetString() == "fever").GetProperty("state").GetString());

        // The default set: unreported means absent (the original behaviour), and the result carries no unknown fields.
        var absent = JsonDocument.Parse(ActivityTestModule.Pipeline.ComputeInstrument(LupusIds.Sledai2k, Encoding.UTF8.GetBytes(input)).ResultText()!).RootElement;
        Assert.False(absent.TryGetProperty("unknown", out _));
        Assert.False(absent.TryGetProperty("notReported", out _));
        Assert.Equal(3, absent.GetProperty("total").GetInt32());

        Assert.Equal(Sledai2kUnreportedItems.Unknown, ActivityDefinitions.UnreportedUnknown.UnreportedItems);
        Assert.Equal(Sledai2kUnreportedItems.Absent, ActivityDefinitions.Default.UnreportedItems);
        Assert.Empty(ActivityDefinitions.UnreportedUnknown.Validate());
        Assert.Single((ActivityDefinitions.Default with { UnreportedItems = 0 }).Validate());
    }

    [Fact]
    public void Profile_visits_are_scored_from_raw_data_for_the_evaluators()
    {
        // Entered arthritis 4; derived: 24-h protein 1.2 g (> 0.5) 4, urine red cells 8/hpf (> 5) 4; the C3 of 2024-02-20
        // (day -20) is outside the 10-day window and inside the 30-day one: low complement 2 only with 30 days.
        var visit = new Sledai2kVisit
        {
            On = Visit,
            Present = [Sledai2kDescriptor.Arthritis],
            Observations =
            [
                Lab(new DateOnly(2024, 3, 8), Sledai2kLaboratory.UrineProtein24HourLoinc, 1.2m, QuantityUnit.GramPer24Hours),
                Lab(new DateOnly(2024, 3, 8), Sledai2kLaboratory.UrineRedCellsLoinc, 8m, QuantityUnit.PerHighPowerField),
                Lab(new DateOnly(2024, 2, 20), Sledai2kLaboratory.ComplementC3Loinc, 0.5m, QuantityUnit.GramPerLiter) with { ReferenceLow = Quantity.Create(0.9m, QuantityUnit.GramPerLiter) },
            ],
        };
        var profile = new PatientProfile { Subject = SubjectId.Create("raw"), Assessments = [visit] };

        var ten = Assert.Single(ActivityHistory.Read(profile, ActivityDefinitions.Default));
        Assert.Equal(12, ten.Total);
        Assert.Equal([Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Hematuria, Sledai2kDescriptor.Proteinuria], ten.Visit.Present.ToArray());
        Assert.Same(visit, ten.Original);

        var thirty = Assert.Single(ActivityHistory.Read(profile, ActivityDefinitions.Window30));
        Assert.Equal(14, thirty.Total);

        var history = Assert.Single(Sledai2kHistory.FromProfile(profile, ActivityDefinitions.Window30));
        Assert.Same(visit, history.Visit);
        Assert.Equal(14, history.Result!.Total.Value);
        Assert.Equal(2, history.Result.Items.Single(i => i.Descriptor == Sledai2kDescriptor.LowComplement).Observation);

        // Under the unknown policy the evaluators do not use the visit and say why.
        var unknown = Assert.Single(ActivityHistory.Read(profile, ActivityDefinitions.UnreportedUnknown));
        Assert.Null(unknown.Total);
        var warning = Assert.Single(unknown.Diagnostics);
        Assert.Equal(Sledai2kDiagnosticCodes.TotalUnknown, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("$.assessments[0]", warning.Path);
        var result = Assert.Single(Sledai2kHistory.FromProfile(profile, ActivityDefinitions.UnreportedUnknown)).Result!;
        Assert.True(result.Unknown);
        Assert.Equal(21, result.NotReported!.Value.Length); // 24 minus arthritis, haematuria and proteinuria (the C3 lies outside the window)
    }
}
