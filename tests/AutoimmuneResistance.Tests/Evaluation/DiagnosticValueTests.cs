using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using AutoimmuneResistance.Tests.TestModule;
using AutoimmuneResistance.Tests.Verdicts;

namespace AutoimmuneResistance.Tests.Evaluation;

/// <summary>
/// Every core diagnostic code, produced from an input that carries marker values (a string, numbers, dates) where the
/// offending value goes: by default no marker comes back in a message or a path and no diagnostic has a value; with
/// <see cref="ResistancePipelineBuilder.IncludeValuesInDiagnostics(bool)"/> the messages and paths are the same and the
/// value is in <see cref="EvaluationDiagnostic.Value"/>.
/// </summary>
public sealed class DiagnosticValueTests
{
    // A string no rule or catalog produces by itself; numbers and dates chosen so that no message could contain them by
    // chance (no published bound or default is one of them).
    private const string Text = "zqxmark";
    private const string InvalidText = "zqx mark!";
    private const string Number = "987.654";
    private const string Integer = "31337";
    private const string LargeNumber = "987654.321";
    private const string Date = "2019-03-17";
    private const string LateDate = "2031-07-29";

    private static readonly string[] Markers = [Text, "zqx mark", Number, Integer, LargeNumber, Date, LateDate];

    /// <summary>One way to produce a code, run with or without values in diagnostics.</summary>
    public sealed record Case(string Code, Func<bool, IEnumerable<EvaluationDiagnostic>> Run, bool CarriesValue)
    {
        public override string ToString() => Code;
    }

    public static TheoryData<Case> Cases() => [.. All];

    [Theory]
    [MemberData(nameof(Cases))]
    public void By_default_the_code_is_reported_without_the_values(Case @case)
    {
        var diagnostics = @case.Run(false).ToList();

        Assert.Contains(diagnostics, d => d.Code == @case.Code);
        foreach (var diagnostic in diagnostics)
        {
            foreach (var marker in Markers)
            {
                Assert.DoesNotContain(marker, diagnostic.Message, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(marker, diagnostic.Path ?? string.Empty, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Null(diagnostic.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void With_values_included_the_messages_are_the_same_and_the_value_is_there(Case @case)
    {
        var plain = @case.Run(false).ToList();
        var detailed = @case.Run(true).ToList();

        Assert.Equal(plain.Select(d => (d.Code, d.Message, d.Path)), detailed.Select(d => (d.Code, d.Message, d.Path)));
        if (@case.CarriesValue)
        {
            var target = detailed.First(d => d.Code == @case.Code);
            Assert.NotNull(target.Value);
            Assert.Contains(Markers, m => target.Value.Contains(m, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Every_core_code_has_a_case()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(codes, All.Select(c => c.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_long_value_is_cut()
    {
        var long_ = new string('z', 300);
        var read = ReadEdited(true, p => p["therapies"]![0]!["regimen"]!["dose"]!["unit"] = long_);

        var detail = Assert.Single(read).Value;
        Assert.Equal("'" + new string('z', 40) + "…'", detail);
    }

    [Fact]
    public void The_value_is_written_to_json_and_read_back_only_when_included()
    {
        var profile = Profiles.Toy() with { Therapies = [Course() with { Therapy = TherapyId.Create(Text) }] };
        var plain = Build(false);
        var detailed = Build(true);

        var plainJson = plain.Json.Serialize(plain.Evaluate(profile));
        var detailedJson = detailed.Json.Serialize(detailed.Evaluate(profile));

        var diagnostic = $"\"path\":\"$.therapies[0].therapy\",\"value\":\"{Text}\"";
        Assert.DoesNotContain(diagnostic, plainJson, StringComparison.Ordinal);
        Assert.Contains("\"path\":\"$.therapies[0].therapy\"}", plainJson, StringComparison.Ordinal);
        Assert.Contains(diagnostic, detailedJson, StringComparison.Ordinal);
        var read = detailed.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(detailedJson));
        Assert.Equal(Text, Assert.Single(read.Diagnostics, d => d.Code == DiagnosticCodes.TherapyNotInCatalog).Value);
    }

    private static IEnumerable<Case> All =>
    [
        new(DiagnosticCodes.InvalidJson, values => ReadEdited(values, p => p["birthYear"] = Text), CarriesValue: false),
        new(DiagnosticCodes.UnknownKind, values => ReadEdited(values, p => p["diagnoses"]![0]!["features"]!["$kind"] = "toy." + Text), CarriesValue: true),
        new(DiagnosticCodes.MissingRequiredProperty, values => ReadEdited(values, p => (p["subject"], p["diagnoses"]![0]!["codes"]) = (Text, new JsonArray(null, Code("M32.1")))), CarriesValue: false),
        new(DiagnosticCodes.UnknownProperty, values => ReadEdited(values, p => p["nickname"] = Text), CarriesValue: false),
        new(DiagnosticCodes.InvalidValue, values => ReadEdited(values, p => p["subject"] = InvalidText), CarriesValue: true),
        new(DiagnosticCodes.InvalidValue, values => ReadEdited(values, p => p["therapies"]![0]!["regimen"]!["dose"]!["value"] = JsonValue(LargeNumber)), CarriesValue: true),
        new(DiagnosticCodes.InvalidValue, values => ReadEdited(values, p => p["therapies"]![0]!["regimen"]!["dose"]!["unit"] = Text), CarriesValue: true),
        new(DiagnosticCodes.InvalidValue, values => ReadEdited(values, p => p["diagnoses"]![0]!["codes"] = new JsonArray(Code("M" + Integer))), CarriesValue: true),
        new(DiagnosticCodes.InvalidValue, values => ReadEdited(values, p => p["therapies"]![0]!["therapy"] = InvalidText), CarriesValue: true),
        new(DiagnosticCodes.ProfileTooLarge, values => Read(values, Edited(p => p["bodyWeights"] = Weights(40)), new ProfileReadLimits { MaxBytes = ProfileReadLimits.MinBytes }), CarriesValue: false),
        new(DiagnosticCodes.ProfileTooLarge, values => Read(values, Edited(p => p["bodyWeights"] = new JsonArray(Weight(Date), Weight(LateDate))), new ProfileReadLimits { MaxListEntries = 1 }), CarriesValue: false),
        new(DiagnosticCodes.UnsupportedSchemaVersion, values => ReadEdited(values, p => p["schemaVersion"] = JsonValue(Integer)), CarriesValue: true),
        new(DiagnosticCodes.UnspecifiedIdentifier, values => Validate(values, Profile() with { Subject = default, Therapies = [Course() with { Therapy = TherapyId.Create(Text) }] }), CarriesValue: false),
        new(DiagnosticCodes.BirthYearOutOfRange, values => ReadEdited(values, p => p["birthYear"] = JsonValue(Integer)), CarriesValue: true),
        new(DiagnosticCodes.EndBeforeStart, values => ReadEdited(values, p => (p["therapies"]![0]!["start"], p["therapies"]![0]!["end"]) = (LateDate, Date)), CarriesValue: false),
        new(DiagnosticCodes.DoseChangeOutsideCourse, values => ReadEdited(values, p => p["therapies"]![0]!["doseChanges"] = new JsonArray(DoseChange(Date))), CarriesValue: false),
        new(DiagnosticCodes.InvalidRegimen, values => ReadEdited(values, p => p["therapies"]![0]!["regimen"]!["administrations"] = JsonValue(Integer)), CarriesValue: false),
        new(DiagnosticCodes.EmptyGenotype, values => ReadEdited(values, p => p["genotypes"] = new JsonArray(new JsonObject { ["gene"] = "TPMT", ["on"] = Date })), CarriesValue: false),
        new(DiagnosticCodes.TherapyClassMismatch, values => ReadEdited(values, p => p["therapies"]![0]!["class"] = Text), CarriesValue: true),
        new(DiagnosticCodes.TherapyNotInCatalog, values => ReadEdited(values, p => p["therapies"]![0]!["therapy"] = Text), CarriesValue: true),
        new(DiagnosticCodes.InvalidReferenceRange, values => ReadEdited(values, p => p["observations"] = new JsonArray(Observation(low: Number, high: "1.5"))), CarriesValue: false),
        new(DiagnosticCodes.DiseaseNotRegistered, values => ReadEdited(values, p => p["diagnoses"]!.AsArray().Add(new JsonObject { ["disease"] = Text })), CarriesValue: true),
        new(DiagnosticCodes.InvalidTiter, values => ReadEdited(values, p => p["autoantibodies"] = new JsonArray(new JsonObject { ["antibody"] = "anti-dsdna", ["on"] = Date, ["positive"] = true, ["titerDenominator"] = JsonValue(Integer + "000") })), CarriesValue: true),
        new(DiagnosticCodes.InvalidDiplotype, values => ReadEdited(values, p => p["genotypes"] = new JsonArray(new JsonObject { ["gene"] = "TPMT", ["diplotype"] = string.Concat(Enumerable.Repeat(Text, 10)) })), CarriesValue: false),
        new(DiagnosticCodes.InvalidQuantity, values => Validate(values, Profile() with { BodyWeights = [new BodyWeightMeasurement { On = DateOnly.Parse(Date, CultureInfo.InvariantCulture), Weight = default }] }), CarriesValue: false),
        new(DiagnosticCodes.AdministrationOutsideCourse, values => ReadEdited(values, p => p["therapies"]![0]!["administered"] = new JsonArray(new JsonObject { ["on"] = Date })), CarriesValue: false),
        new(DiagnosticCodes.EvaluatorFailed, values => Evaluate(values, Profile(), Throwing()), CarriesValue: true),
        new(DiagnosticCodes.FindingMisattributed, values => Evaluate(values, Profile(), Impostor()), CarriesValue: false),
        new(DiagnosticCodes.NoEvaluationDate, values => Evaluate(values, new PatientProfile { Subject = SubjectId.Create(Text), Diagnoses = [new Diagnosis { Disease = Scripted.Disease }] }), CarriesValue: false),
        // The detail is the serializer's message naming the module type; no value of the profile is in it.
        new(DiagnosticCodes.UnregisteredType, values => Unregistered(values), CarriesValue: false),
        new(DiagnosticCodes.UnknownInstrument, values => Build(values).ComputeInstrument(InstrumentId.Create("toy.unknown"), Encoding.UTF8.GetBytes($$"""{"value":"{{Text}}"}""")).Diagnostics, CarriesValue: false),
        new(DiagnosticCodes.VerdictContributorFailed, values => Evaluate(values, Profile(), contributor: (_, _, _) => throw new InvalidOperationException("the dose " + Number + " of " + Text)), CarriesValue: true),
        new(DiagnosticCodes.VerdictReferenceUnknown, values => Evaluate(values, Profile(), contributor: (_, _, v) => v.Explain(Scripted.Link(FindingStatus.Supported, "f9") with { Statement = "The level was " + Number + "." })), CarriesValue: false),
        new(DiagnosticCodes.RecordTooLarge, values => Cohort(values, Edited(p => p["bodyWeights"] = Weights(40)) + "\n", maxRecordBytes: CohortOptions.MinRecordBytes), CarriesValue: false),
        new(DiagnosticCodes.RecordFailed, values => Cohort(values, Edited(p => p["subject"] = Text) + "\n", throwingValidator: true), CarriesValue: true),
    ];

    // The toy profile as JSON, with one edit: the document a user would send.
    private static string Edited(Action<JsonObject> edit)
    {
        var profile = JsonNode.Parse(Profiles.Pipeline().Json.Serialize(Profiles.Toy()))!.AsObject();
        edit(profile);
        return profile.ToJsonString();
    }

    private static ImmutableArray<EvaluationDiagnostic> ReadEdited(bool values, Action<JsonObject> edit) => Read(values, Edited(edit));

    // Reads the document and, when it reads, validates and evaluates it as a cohort run would.
    private static ImmutableArray<EvaluationDiagnostic> Read(bool values, string json, ProfileReadLimits? limits = null)
    {
        var builder = new ResistancePipelineBuilder().AddModule(new ToyModule()).IncludeValuesInDiagnostics(values);
        var pipeline = (limits is null ? builder : builder.WithProfileReadLimits(limits)).Build();
        var read = pipeline.Json.ReadProfile(json);
        return read.Profile is null ? read.Diagnostics : pipeline.Evaluate(read.Profile).Diagnostics;
    }

    private static ResistancePipeline Build(bool values, params IResistanceEvaluator[] evaluators)
    {
        var builder = new ResistancePipelineBuilder().AddModule(new ToyModule()).IncludeValuesInDiagnostics(values);
        foreach (var evaluator in evaluators)
        {
            builder.AddEvaluator(evaluator);
        }

        return builder.Build();
    }

    private static ImmutableArray<EvaluationDiagnostic> Validate(bool values, PatientProfile profile) => Build(values).Validate(profile);

    private static ImmutableArray<EvaluationDiagnostic> Evaluate(bool values, PatientProfile profile, params IResistanceEvaluator[] evaluators) =>
        Build(values, evaluators).Evaluate(profile).Diagnostics;

    private static ImmutableArray<EvaluationDiagnostic> Evaluate(bool values, PatientProfile profile, Action<EvaluationContext, IReadOnlyList<Finding>, VerdictBuilder> contributor) =>
        new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease, [Scripted.Reporting([Scripted.Supported()])], [new ScriptedContributor(Scripted.Disease, contributor)]))
            .IncludeValuesInDiagnostics(values)
            .Build()
            .Evaluate(profile with { Diagnoses = [new Diagnosis { Disease = Scripted.Disease }] })
            .Diagnostics;

    // A profile holding a module's type, evaluated by a pipeline without that module: the input hash cannot be written.
    private static ImmutableArray<EvaluationDiagnostic> Unregistered(bool values) =>
        new ResistancePipelineBuilder().IncludeValuesInDiagnostics(values).Build()
            .Evaluate(Profiles.Toy(Text), new EvaluationOptions { AsOf = DateOnly.Parse(LateDate, CultureInfo.InvariantCulture) })
            .Diagnostics;

    private static List<EvaluationDiagnostic> Cohort(bool values, string jsonLines, int? maxRecordBytes = null, bool throwingValidator = false)
    {
        var builder = new ResistancePipelineBuilder().AddModule(new ToyModule()).IncludeValuesInDiagnostics(values);
        if (throwingValidator)
        {
            builder.AddProfileValidator(new ThrowingValidator());
        }

        var options = maxRecordBytes is { } max ? new CohortOptions { MaxRecordBytes = max } : new CohortOptions();
        var outcomes = builder.Build().EvaluateJsonLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(jsonLines)), options).ToBlockingEnumerable();
        return outcomes.SelectMany(o => o.Assessment?.Diagnostics ?? o.Errors).ToList();
    }

    private static PatientProfile Profile() => Profiles.Toy(Text);

    private static TherapyCourse Course() => Profiles.Toy().Therapies[0];

    // Reports a finding in another evaluator's name; the pipeline drops it.
    private static ScriptedEvaluator Impostor() =>
        new(EvaluatorId.Create("toy.impostor"), ToyModule.Toy, (_, output) =>
            output.Add(Finding.Supported(EvaluatorId.Create("toy.other"), Scripted.Adherence, Scripted.Rule, $"The dose was {Number} mg on {Date}.", EvidenceGrade.ExpertOpinion)));

    private static ScriptedEvaluator Throwing() =>
        new(EvaluatorId.Create("toy.thrower"), ToyModule.Toy, (_, _) => throw new InvalidOperationException($"level {Number} for {Text} on {Date}"));

    private static JsonNode JsonValue(string number) => JsonNode.Parse(number)!;

    private static JsonObject Code(string code) => new() { ["system"] = "http://hl7.org/fhir/sid/icd-10", ["code"] = code };

    // Enough weights to take the document over the smallest size limit, each carrying the marker number and dates.
    private static JsonArray Weights(int count) => [.. Enumerable.Range(0, count).Select(i => (JsonNode)Weight(i % 2 == 0 ? Date : LateDate))];

    private static JsonObject Weight(string on) => new() { ["on"] = on, ["weight"] = new JsonObject { ["value"] = JsonValue(Number), ["unit"] = "kg" } };

    private static JsonObject DoseChange(string on) =>
        new() { ["on"] = on, ["regimen"] = new JsonObject { ["dose"] = new JsonObject { ["value"] = JsonValue(Number), ["unit"] = "mg" }, ["administrations"] = 1, ["intervalDays"] = 1 } };

    private static JsonObject Observation(string low, string high) => new()
    {
        ["on"] = Date,
        ["code"] = new JsonObject { ["system"] = "http://loinc.org", ["code"] = "2160-0" },
        ["value"] = new JsonObject { ["value"] = 1, ["unit"] = "mg/dL" },
        ["referenceLow"] = new JsonObject { ["value"] = JsonValue(low), ["unit"] = "mg/dL" },
        ["referenceHigh"] = new JsonObject { ["value"] = JsonValue(high), ["unit"] = "mg/dL" },
    };

    private sealed class ThrowingValidator : IProfileValidator
    {
        public void Validate(PatientProfile profile, ICollection<EvaluationDiagnostic> diagnostics) =>
            throw new InvalidOperationException($"subject {profile.Subject} weighs {Number} kg");
    }
}
