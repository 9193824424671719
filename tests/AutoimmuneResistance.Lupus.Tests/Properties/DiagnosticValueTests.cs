using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace AutoimmuneResistance.Lupus.Tests.Properties;

/// <summary>
/// Every lupus diagnostic code, produced from input carrying marker values (docs/diagnostics.md, "Patient values stay
/// out of diagnostics"): by default no marker comes back in a message or a path and no diagnostic has a detail; with
/// <see cref="ResistancePipelineBuilder.IncludeValuesInDiagnostics(bool)"/> the same diagnostics come back, and those
/// about a value the input carries hold it in <see cref="EvaluationDiagnostic.Value"/>. Inputs go through the entry
/// points a user calls: <see cref="ResistancePipeline.ComputeInstrument"/> for instrument documents, and
/// <see cref="ResistanceJson.ReadProfile(string)"/> then <see cref="ResistancePipeline.Validate"/> and
/// <see cref="ResistancePipeline.Evaluate"/> for profiles.
/// </summary>
public sealed class DiagnosticValueTests
{
    // Markers: values distinctive enough that finding one in a message or a path can only mean the value was echoed.
    internal const string Text = "zqxmark";
    internal const string Number = "987.654";
    internal const string Integer = "31337";
    internal const string InRange = "47.3";
    internal const string Small = "2.718";
    internal const string Date1 = "2019-03-17";
    internal const string Date2 = "2021-11-23";
    internal const string Date3 = "2024-05-29";
    internal const string FutureDate = "2031-07-29";
    internal const string OldDate = "1811-11-11";
    internal const string RecentDate = "2024-02-11";
    internal const string RecentProfileDate = "2021-08-02";
    internal const string Tiny = "0.0000000000000000000000001";

    // What a message or a path must not contain. 987.65 also catches the number rounded to two places.
    internal static readonly string[] Markers = [Text, "987.65", Integer, InRange, Small, Date1, Date2, Date3, FutureDate, OldDate, RecentDate, RecentProfileDate, Tiny];

    private static readonly ResistancePipeline Default = new ResistancePipelineBuilder().AddLupus().Build();

    private static readonly ResistancePipeline WithValues = new ResistancePipelineBuilder().AddLupus().IncludeValuesInDiagnostics().Build();

    // Codes no input can produce, each with the reason; the coverage test requires every other code in the table. None
    // at present: every lupus code has a row below.
    private static readonly Dictionary<string, string> NotProducible = new()
    {
        // Only under the sle.activity.unreported-unknown set, which the table's pipelines do not select; the case is
        // checked below (An_unknown_sledai_total_names_the_descriptors_without_values).
        [Sledai2kDiagnosticCodes.TotalUnknown] = "needs the sle.activity.unreported-unknown definition set",
    };

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
    public void A_lupus_code_names_the_rule_without_the_value_and_gives_the_value_only_on_request(string name)
    {
        var c = Table.Value[name];

        var shown = Run(Default, c);
        Assert.True(shown.Any(d => d.Code == c.Code), $"{c.Name}: {c.Code} was not produced; got:\n{string.Join("\n", shown)}\n{c.Json}");
        foreach (var diagnostic in shown)
        {
            AssertNoValue(diagnostic, c.ToString());
        }

        var withValues = Run(WithValues, c);
        Assert.Equal(shown.Select(Shape), withValues.Select(Shape));
        var targets = withValues.Where(d => d.Code == c.Code).ToList();
        if (c.Detail is { } detail)
        {
            Assert.True(
                targets.Any(d => d.Value?.Contains(detail, StringComparison.Ordinal) == true),
                $"{c.Name}: with values included, no {c.Code} has a detail holding '{detail}':\n{string.Join("\n", targets)}");
        }
        else
        {
            Assert.True(targets.All(d => d.Value is null), $"{c.Name}: a detail where the rule concerns no value of the input:\n{string.Join("\n", targets)}");
        }
    }

    [Fact]
    public void An_unknown_sledai_total_names_the_descriptors_without_values()
    {
        var set = DefinitionSetId.Create("sle.activity.unreported-unknown");
        var json = Patient(_ => { });
        var shown = ReadValidateEvaluate(new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(set).Build(), json);
        var unknown = shown.Where(d => d.Code == Sledai2kDiagnosticCodes.TotalUnknown).ToList();
        Assert.NotEmpty(unknown);
        Assert.All(unknown, d => Assert.Contains("23 descriptor(s) not reported", d.Message, StringComparison.Ordinal));
        foreach (var diagnostic in shown)
        {
            AssertNoValue(diagnostic, json);
        }

        var withValues = ReadValidateEvaluate(new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(set).IncludeValuesInDiagnostics().Build(), json);
        Assert.All(withValues.Where(d => d.Code == Sledai2kDiagnosticCodes.TotalUnknown), d => Assert.Null(d.Value));
    }

    [Fact]
    public void The_table_covers_every_lupus_diagnostic_code()
    {
        var codes = typeof(LupusModule).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Name.EndsWith("DiagnosticCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();

        var covered = Table.Value.Values.Select(c => c.Code).ToHashSet();
        Assert.NotEmpty(codes);
        Assert.Empty(codes.Except(covered).Except(NotProducible.Keys).Order());
        Assert.Empty(covered.Except(codes).Order());
        Assert.Empty(covered.Intersect(NotProducible.Keys));
    }

    /// <summary>Asserts that no marker is in the message or the path (in any case), and that the detail was removed.</summary>
    internal static void AssertNoValue(EvaluationDiagnostic diagnostic, string input)
    {
        foreach (var marker in Markers)
        {
            Assert.False(diagnostic.Message.Contains(marker, StringComparison.OrdinalIgnoreCase), $"the message quotes '{marker}': {diagnostic}\n{input}");
            Assert.False(diagnostic.Path?.Contains(marker, StringComparison.OrdinalIgnoreCase) == true, $"the path quotes '{marker}': {diagnostic}\n{input}");
        }

        Assert.True(diagnostic.Value is null, $"a detail although values were not asked for: {diagnostic}\n{input}");
    }

    private static (string, DiagnosticSeverity, string, string?) Shape(EvaluationDiagnostic d) => (d.Code, d.Severity, d.Message, d.Path);

    private static ImmutableArray<EvaluationDiagnostic> Run(ResistancePipeline pipeline, ValueCase c)
    {
        if (c.Instrument is { } instrument)
        {
            return pipeline.ComputeInstrument(instrument, Encoding.UTF8.GetBytes(c.Json)).Diagnostics;
        }

        return ReadValidateEvaluate(pipeline, c.Json);
    }

    /// <summary>Reads a profile, validates it and, when it holds no error, evaluates it: every diagnostic on the way.</summary>
    internal static ImmutableArray<EvaluationDiagnostic> ReadValidateEvaluate(ResistancePipeline pipeline, string json)
    {
        var read = pipeline.Json.ReadProfile(json);
        if (read.Profile is not { } profile)
        {
            return read.Diagnostics;
        }

        var validation = pipeline.Validate(profile);
        if (read.HasErrors || validation.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return [.. read.Diagnostics, .. validation];
        }

        return [.. read.Diagnostics, .. pipeline.Evaluate(profile).Diagnostics];
    }

    // ---- The table ----

    private static IEnumerable<ValueCase> Cases()
    {
        // SLEDAI-2K (sle.sledai-2k)
        yield return Instrument(Sledai2kDiagnosticCodes.DescriptorRepeated, "sledai-2k: a descriptor repeated in present", LupusIds.Sledai2k,
            Sledai(v => v["present"] = Array("rash", "arthritis", "rash")), "rash");
        yield return Instrument(Sledai2kDiagnosticCodes.DescriptorRepeated, "sledai-2k: a descriptor repeated in otherCause", LupusIds.Sledai2k,
            Sledai(v => v["otherCause"] = Array("fever", "fever")), "fever");
        yield return Instrument(Sledai2kDiagnosticCodes.DescriptorPresentAndOtherCause, "sledai-2k: a descriptor present and of another cause", LupusIds.Sledai2k,
            Sledai(v =>
            {
                v["present"] = Array("rash");
                v["otherCause"] = Array("rash");
            }), "rash");
        yield return Instrument(Sledai2kDiagnosticCodes.WindowNotAllowed, "sledai-2k: windowDays 31337", LupusIds.Sledai2k,
            Sledai(v => v["windowDays"] = 31337), Integer);
        yield return Instrument(Sledai2kDiagnosticCodes.UnknownDescriptor, "sledai-2k: descriptor 31337 in present", LupusIds.Sledai2k,
            Sledai(v => v["present"] = Numbers(31337)), Integer);
        yield return Instrument(Sledai2kDiagnosticCodes.UnknownDescriptor, "sledai-2k: descriptor 31337 in otherCause", LupusIds.Sledai2k,
            Sledai(v => v["otherCause"] = Numbers(31337)), Integer);
        yield return Instrument(Sledai2kDiagnosticCodes.DescriptorAbsentAndReported, "sledai-2k: a descriptor present and absent", LupusIds.Sledai2k,
            Sledai(v => v["absent"] = Array("arthritis")), "arthritis");
        yield return Instrument(Sledai2kDiagnosticCodes.DescriptorDateRepeated, "sledai-2k: a descriptor dated twice", LupusIds.Sledai2k,
            Sledai(v => v["observedOn"] = new JsonArray(
                new JsonObject { ["descriptor"] = "arthritis", ["on"] = Date1 },
                new JsonObject { ["descriptor"] = "arthritis", ["on"] = Date1 })), "arthritis");
        yield return Instrument(Sledai2kDiagnosticCodes.ObservationNotUsed, "sledai-2k: a protein/creatinine ratio 987.654 g/g", LupusIds.Sledai2k,
            Sledai(v => v["observations"] = new JsonArray(SledaiObservation("2890-2", Quantity(Number, "g/g")))), "2890-2");
        yield return Instrument(Sledai2kDiagnosticCodes.ObservationUnitNotAccepted, "sledai-2k: platelets 987.654 mg/dL", LupusIds.Sledai2k,
            Sledai(v => v["observations"] = new JsonArray(SledaiObservation("777-3", Quantity(Number, "mg/dL")))), Number);
        yield return Instrument(Sledai2kDiagnosticCodes.ReferenceLimitMissing, "sledai-2k: C3 987.654 g/L without a lower limit", LupusIds.Sledai2k,
            Sledai(v => v["observations"] = new JsonArray(SledaiObservation("4485-9", Quantity(Number, "g/L")))), Number);

        // SRI-4 (sle.sri-4)
        yield return Instrument(Sri4DiagnosticCodes.PgaOutOfRange, "sri-4: pga 987.654", LupusIds.Sri4,
            Sri4(s => s["baseline"]!["pga"] = 987.654m), Number);
        yield return Instrument(Sri4DiagnosticCodes.BilagDomainRepeated, "sri-4: a BILAG domain graded twice", LupusIds.Sri4,
            Sri4(s => s["baseline"]!["bilag"]!["domains"]!.AsArray().Add(Domain("renal", "A"))), "renal");
        yield return Instrument(Sri4DiagnosticCodes.FollowUpBeforeBaseline, "sri-4: follow-up before baseline", LupusIds.Sri4,
            Sri4(s =>
            {
                s["followUp"]!["on"] = OldDate;
                s["followUp"]!["bilag"]!["on"] = OldDate;
            }), OldDate);
        yield return Instrument(Sri4DiagnosticCodes.BilagDomainMissing, "sri-4: a BILAG domain graded at baseline only", LupusIds.Sri4,
            Sri4(s => Remove(s["followUp"]!["bilag"]!["domains"]!.AsArray(), "renal")), null);
        yield return Instrument(Sri4DiagnosticCodes.SledaiSourceInvalid, "sri-4: a SLEDAI total and a SLEDAI-2K visit", LupusIds.Sri4,
            Sri4(s => s["baseline"]!["sledai2k"] = Visit(Date1, "rash")), null);
        yield return Instrument(Sri4DiagnosticCodes.SledaiTotalOutOfRange, "sri-4: SLEDAI total 31337", LupusIds.Sri4,
            Sri4(s => s["baseline"]!["sledaiTotal"] = 31337), Integer);
        yield return Instrument(Sri4DiagnosticCodes.IndexMismatch, "sri-4: selena-sledai index with SLEDAI-2K visits", LupusIds.Sri4,
            Sri4(s =>
            {
                s["index"] = "selena-sledai";
                s["baseline"]!.AsObject().Remove("sledaiTotal");
                s["baseline"]!["sledai2k"] = Visit(Date1, "rash", "arthritis");
                s["followUp"]!.AsObject().Remove("sledaiTotal");
                s["followUp"]!["sledai2k"] = Visit(Date2, "rash");
            }), null);
        yield return Instrument(Sri4DiagnosticCodes.ResponseThresholdOutOfRange, "sri-4: response threshold 31337", LupusIds.Sri4,
            Sri4(s => s["responseThreshold"] = 31337), Integer);
        yield return Instrument(Sri4DiagnosticCodes.UnknownBilagValue, "sri-4: BILAG grade 31337", LupusIds.Sri4,
            Sri4(s => s["baseline"]!["bilag"]!["domains"]![0]!["grade"] = 31337), Integer);
        yield return Instrument(Sri4DiagnosticCodes.UnknownBilagValue, "sri-4: BILAG domain 31337", LupusIds.Sri4,
            Sri4(s => s["baseline"]!["bilag"]!["domains"]![0]!["domain"] = 31337), Integer);
        yield return Instrument(Sri4DiagnosticCodes.BilagDomainsNotGraded, "sri-4: a BILAG domain graded at neither time point", LupusIds.Sri4,
            Sri4(s =>
            {
                Remove(s["baseline"]!["bilag"]!["domains"]!.AsArray(), "ophthalmic");
                Remove(s["followUp"]!["bilag"]!["domains"]!.AsArray(), "ophthalmic");
            }), null);
        yield return Instrument(Sri4DiagnosticCodes.UnknownIndex, "sri-4: index 31337", LupusIds.Sri4,
            Sri4(s => s["index"] = 31337), Integer);

        // SLICC/ACR Damage Index (sle.slicc-acr-damage-index)
        yield return Instrument(LupusDiagnosticCodes.DamageItemDuplicated, "damage: an item listed twice", LupusIds.DamageIndex,
            Damage(d => d["items"]!.AsArray().Add(Item("cataract", i => i["since"] = Date2))), "cataract");
        yield return Instrument(LupusDiagnosticCodes.DamageItemUndefined, "damage: item 31337", LupusIds.DamageIndex,
            Damage(d => d["items"]![0]!["item"] = 31337), Integer);
        yield return Instrument(LupusDiagnosticCodes.DamageCountInvalid, "damage: count 31337", LupusIds.DamageIndex,
            Damage(d => d["items"]!.AsArray().Add(Item("significant-tissue-loss", i => i["count"] = 31337))), Integer);
        yield return Instrument(LupusDiagnosticCodes.DamageCountInvalid, "damage: a count on an item without repeats", LupusIds.DamageIndex,
            Damage(d => d["items"]![0]!["count"] = 2), "cataract");
        yield return Instrument(LupusDiagnosticCodes.DamageDateAfterAssessment, "damage: since after the assessment", LupusIds.DamageIndex,
            Damage(d => d["items"]![0]!["since"] = FutureDate), FutureDate);
        yield return Instrument(LupusDiagnosticCodes.DamageDateAfterAssessment, "damage: an episode after the assessment", LupusIds.DamageIndex,
            Damage(d => d["items"]!.AsArray().Add(Item("myocardial-infarction", i => i["episodes"] = Array(Date2, FutureDate)))), FutureDate);
        yield return Instrument(LupusDiagnosticCodes.DamageTimingConflict, "damage: since and persistedMonths", LupusIds.DamageIndex,
            Damage(d => d["items"]![0]!["persistedMonths"] = 9), null);
        yield return Instrument(LupusDiagnosticCodes.DamageTimingConflict, "damage: count and episodes", LupusIds.DamageIndex,
            Damage(d => d["items"]!.AsArray().Add(Item("myocardial-infarction", i =>
            {
                i["count"] = 2;
                i["episodes"] = Array(Date1, Date2);
            }))), null);
        yield return Instrument(LupusDiagnosticCodes.DamageDurationOutOfRange, "damage: persistedMonths 31337", LupusIds.DamageIndex,
            Damage(d => d["items"]!.AsArray().Add(Item("pulmonary-fibrosis", i => i["persistedMonths"] = 31337))), Integer);
        yield return Instrument(LupusDiagnosticCodes.DamageEpisodesNotApplicable, "damage: episodes on an item without repeat episodes", LupusIds.DamageIndex,
            Damage(d => d["items"]!.AsArray().Add(Item("pulmonary-fibrosis", i => i["episodes"] = Array(Date2)))), "pulmonary-fibrosis");
        yield return Instrument(LupusDiagnosticCodes.DamageProcedureNotApplicable, "damage: procedure on an item without one", LupusIds.DamageIndex,
            Damage(d => d["items"]![0]!["procedure"] = true), "cataract");
        yield return Instrument(LupusDiagnosticCodes.DamageNotYetPersistent, "damage: present for less than 6 months", LupusIds.DamageIndex,
            Damage(d => d["items"]!.AsArray().Add(Item("pulmonary-fibrosis", i => i["since"] = RecentDate))), RecentDate);
        yield return Instrument(LupusDiagnosticCodes.DamageBeforeSleOnset, "damage: an item before SLE onset", LupusIds.DamageIndex,
            Damage(d => d["items"]![0]!["since"] = OldDate), OldDate);
        yield return Instrument(LupusDiagnosticCodes.DamageRepeatUndated, "damage: 37 undated episodes", LupusIds.DamageIndex,
            Damage(d => d["items"]!.AsArray().Add(Item("myocardial-infarction", i => i["count"] = 37))), "37");
        yield return Instrument(LupusDiagnosticCodes.SleOnsetAfterAssessment, "damage: SLE onset after the assessment", LupusIds.DamageIndex,
            Damage(d => d["sleOnset"] = FutureDate), FutureDate);
        yield return Instrument(LupusDiagnosticCodes.DamageDefinitionsInvalid, "damage: inline definitions with a separation of 31337 months", LupusIds.DamageIndex,
            Damage(d => d["definitions"] = DamageDefinitions("sle.zqxmark", 31337)), Integer);

        // Inline definitions are the rules' parameters, not patient data: AIR2211's message names the separation the
        // definitions applied set, and AIR2215's the instrument's own id (which the input repeats). The title is a marker.
        yield return Instrument(LupusDiagnosticCodes.DamageDefinitionsIdReused, "damage: the default definitions id with other values", LupusIds.DamageIndex,
            Damage(d => d["definitions"] = DamageDefinitions("sle.damage-index.default", 12)), null);

        // 2019 EULAR/ACR classification (sle.eular-acr-2019-classification)
        yield return Instrument(LupusDiagnosticCodes.ClassificationCriterionDuplicated, "classification: a criterion listed twice", LupusIds.Classification2019,
            Classification(c => c["criteria"] = Array("joint-involvement", "fever", "joint-involvement")), "joint-involvement");
        yield return Instrument(LupusDiagnosticCodes.ClassificationCriterionUndefined, "classification: criterion 31337", LupusIds.Classification2019,
            Classification(c => c["otherCause"] = Numbers(31337)), Integer);
        yield return Instrument(LupusDiagnosticCodes.ClassificationCriterionContradictory, "classification: a criterion attributed and of another cause", LupusIds.Classification2019,
            Classification(c => c["otherCause"] = Array("joint-involvement")), "joint-involvement");
        yield return Instrument(LupusDiagnosticCodes.ClassificationAnaMissing, "classification: no ANA result", LupusIds.Classification2019,
            Classification(c => c.Remove("anaTiterDenominator")), null);

        // SLE Disease Activity Score (sle.sle-das)
        yield return Instrument(SleDasDiagnosticCodes.SwollenJointCountOutOfRange, "sle-das: 31337 swollen joints", LupusIds.SleDas,
            SleDas(d => d["swollenJointCount"] = 31337), Integer);
        yield return Instrument(SleDasDiagnosticCodes.ProteinuriaOutOfRange, "sle-das: proteinuria -987.654", LupusIds.SleDas,
            SleDas(d => d["proteinuriaMilligrams"] = -987.654m), Number);
        yield return Instrument(SleDasDiagnosticCodes.CellCountOutOfRange, "sle-das: platelets 31337", LupusIds.SleDas,
            SleDas(d => d["plateletCount"] = 31337), Integer);
        yield return Instrument(SleDasDiagnosticCodes.CellCountOutOfRange, "sle-das: leukocytes 987.654", LupusIds.SleDas,
            SleDas(d => d["leukocyteCount"] = 987.654m), Number);
        yield return Instrument(SleDasDiagnosticCodes.PrednisoneOutOfRange, "sle-das: prednisone 31337 mg/day", LupusIds.SleDas,
            SleDas(d => d["prednisoneMilligramsPerDay"] = 31337), Integer);
        yield return Instrument(SleDasDiagnosticCodes.RashContradictory, "sle-das: a localized and a generalized rash", LupusIds.SleDas,
            SleDas(d =>
            {
                d["localizedRash"] = true;
                d["generalizedRash"] = true;
            }), null);
        yield return Instrument(SleDasDiagnosticCodes.LaboratoryValueMissing, "sle-das: no platelet count", LupusIds.SleDas,
            SleDas(d => d.Remove("plateletCount")), null);

        // 2012 SLICC classification (sle.slicc-2012-classification)
        yield return Instrument(Slicc2012DiagnosticCodes.CriterionDuplicated, "slicc 2012: a criterion listed twice", LupusIds.Slicc2012Classification,
            Slicc(c => c["criteria"] = Array("synovitis", "ana", "synovitis")), "synovitis");
        yield return Instrument(Slicc2012DiagnosticCodes.CriterionUndefined, "slicc 2012: criterion 31337", LupusIds.Slicc2012Classification,
            Slicc(c => c["otherCause"] = Numbers(31337)), Integer);
        yield return Instrument(Slicc2012DiagnosticCodes.CriterionContradictory, "slicc 2012: a criterion attributed and of another cause", LupusIds.Slicc2012Classification,
            Slicc(c => c["otherCause"] = Array("synovitis")), "synovitis");
        yield return Instrument(Slicc2012DiagnosticCodes.CoombsWithHemolyticAnemia, "slicc 2012: a Coombs test with haemolytic anaemia", LupusIds.Slicc2012Classification,
            Slicc(c => c["criteria"] = Array("hemolytic-anemia", "direct-coombs-test", "ana")), null);

        // Treat-to-target, nephritis and drug instruments
        yield return Instrument(TargetDiagnosticCodes.UnknownDefinitionSet, "lldas: definitions sle.zqxmark", LupusIds.Lldas,
            Lldas(l => l["definitions"] = "sle.zqxmark"), "sle.zqxmark");
        yield return Instrument(TargetDiagnosticCodes.UnknownDefinitionSet, "hydroxychloroquine: definitions sle.zqxmark", LupusIds.Hydroxychloroquine,
            Hydroxychloroquine(h => h["definitions"] = "sle.zqxmark"), "sle.zqxmark");
        yield return Instrument(TargetDiagnosticCodes.ConflictingGlucocorticoidInputs, "lldas: a prednisone equivalent and glucocorticoids", LupusIds.Lldas,
            Lldas(l => l["glucocorticoids"] = new JsonArray(Glucocorticoid("prednisone", Small, "mg"))), null);
        yield return Instrument(TargetDiagnosticCodes.UnconvertibleGlucocorticoid, "lldas: glucocorticoid zqxmark", LupusIds.Lldas,
            Lldas(l =>
            {
                l.Remove("prednisoneEquivalent");
                l["glucocorticoids"] = new JsonArray(Glucocorticoid(Text, InRange, "mg"));
            }), Text);
        yield return Instrument(TargetDiagnosticCodes.UnconvertibleGlucocorticoid, "doris: a glucocorticoid dose in mg/kg", LupusIds.DorisRemission,
            Doris(l =>
            {
                l.Remove("prednisoneEquivalent");
                l["glucocorticoids"] = new JsonArray(Glucocorticoid("prednisone", Small, "mg/kg"));
            }), Small);
        yield return Instrument(TargetDiagnosticCodes.UnconvertibleGlucocorticoid, "lldas: a prednisone equivalent in mg/kg", LupusIds.Lldas,
            Lldas(l => l["prednisoneEquivalent"] = Quantity(Small, "mg/kg")), Small);
        yield return Instrument(TargetDiagnosticCodes.PhysicianGlobalAssessmentOutOfRange, "lldas: pga 987.654", LupusIds.Lldas,
            Lldas(l => l["physicianGlobalAssessment"] = 987.654m), Number);
        yield return Instrument(TargetDiagnosticCodes.DuplicateSledaiDescriptor, "lldas: a SLEDAI-2K descriptor listed twice", LupusIds.Lldas,
            Lldas(l => l["sledai"]!["present"] = Array("rash", "rash")), "rash");
        yield return Instrument(TargetDiagnosticCodes.DuplicateSledaiDescriptor, "doris: a SLEDAI-2K descriptor present and of another cause", LupusIds.DorisRemission,
            Doris(l => l["sledai"]!["otherCause"] = Array("low-complement")), "low-complement");
        yield return Instrument(TargetDiagnosticCodes.DateOutOfOrder, "glucocorticoid exposure: the range ends before it starts", LupusIds.GlucocorticoidExposure,
            Exposure(e => e["to"] = OldDate), OldDate);
        yield return Instrument(TargetDiagnosticCodes.DateOutOfOrder, "glucocorticoid exposure: a course ends before it starts", LupusIds.GlucocorticoidExposure,
            Exposure(e => e["courses"]![0]!["end"] = OldDate), OldDate);
        yield return Instrument(TargetDiagnosticCodes.DateOutOfOrder, "glucocorticoid exposure: a dose change outside its course", LupusIds.GlucocorticoidExposure,
            Exposure(e => e["courses"]![0]!["doseChanges"] = new JsonArray(new JsonObject { ["on"] = OldDate, ["regimen"] = Regimen(Small) })), OldDate);
        yield return Instrument(TargetDiagnosticCodes.DateOutOfOrder, "nephritis response: a follow-up not after the baseline", LupusIds.NephritisResponse,
            Nephritis(n => n["followUps"]![0]!["on"] = OldDate), OldDate);
        yield return Instrument(TargetDiagnosticCodes.DateOutOfOrder, "nephritis response: a follow-up before the start of treatment", LupusIds.NephritisResponse,
            Nephritis(n => n["treatmentStart"] = FutureDate), FutureDate);
        yield return Instrument(TargetDiagnosticCodes.DateOutOfOrder, "refractory nephritis: a course ends before it starts", LupusIds.RefractoryNephritis,
            Refractory(r => r["inductions"]![0]!["end"] = OldDate), OldDate);
        yield return Instrument(TargetDiagnosticCodes.DateOutOfOrder, "refractory nephritis: assessed before the course started", LupusIds.RefractoryNephritis,
            Refractory(r => r["inductions"]![0]!["assessedOn"] = OldDate), OldDate);
        yield return Instrument(TargetDiagnosticCodes.InvalidRegimen, "glucocorticoid exposure: 31337 administrations", LupusIds.GlucocorticoidExposure,
            Exposure(e => e["courses"]![0]!["regimen"]!["administrations"] = 31337), Integer);
        yield return Instrument(TargetDiagnosticCodes.InvalidRegimen, "hydroxychloroquine: a dose change every 31337 days", LupusIds.Hydroxychloroquine,
            Hydroxychloroquine(h => h["courses"]![0]!["doseChanges"] = new JsonArray(new JsonObject
            {
                ["on"] = Date2,
                ["regimen"] = Regimen("200", intervalDays: 31337),
            })), Integer);
        yield return Instrument(TargetDiagnosticCodes.InvalidRegimen, "lldas: a maintenance dose 31337 times a day", LupusIds.Lldas,
            Lldas(l => l["maintenanceDoses"] = new JsonArray(new JsonObject
            {
                ["therapy"] = "hydroxychloroquine",
                ["regimen"] = Regimen("200", administrations: 31337),
            })), Integer);
        yield return Instrument(TargetDiagnosticCodes.WrongTherapy, "hydroxychloroquine: a course of zqxmark", LupusIds.Hydroxychloroquine,
            Hydroxychloroquine(h => h["courses"]![0]!["therapy"] = Text), Text);
        yield return Instrument(TargetDiagnosticCodes.WrongTherapy, "hydroxychloroquine: a level of zqxmark", LupusIds.Hydroxychloroquine,
            Hydroxychloroquine(h => h["levels"]![0]!["therapy"] = Text), Text);
        yield return Instrument(TargetDiagnosticCodes.WrongTherapy, "glucocorticoid exposure: a course of another class", LupusIds.GlucocorticoidExposure,
            Exposure(e => e["courses"]![0]!["class"] = "antimalarial"), "antimalarial");
        yield return Instrument(TargetDiagnosticCodes.MatrixCodeMismatch, "hydroxychloroquine: a whole-blood LOINC code on a serum level", LupusIds.Hydroxychloroquine,
            Hydroxychloroquine(h =>
            {
                h["levels"]![0]!["matrix"] = "serum";
                h["levels"]![0]!["code"] = new JsonObject { ["system"] = "http://loinc.org", ["code"] = "95921-3" };
            }), "95921-3");
        yield return Instrument(TargetDiagnosticCodes.NotMassConcentration, "hydroxychloroquine: a level of 987.654 umol/L", LupusIds.Hydroxychloroquine,
            Hydroxychloroquine(h => h["levels"]![0]!["level"] = Quantity(Number, "umol/L")), Number);
        yield return Instrument(TargetDiagnosticCodes.ProteinuriaKindMismatch, "nephritis response: a 24-hour excretion against a ratio", LupusIds.NephritisResponse,
            Nephritis(n => n["followUps"]![0]!["proteinuria"] = Quantity(InRange, "g/(24.h)")), InRange);
        yield return Instrument(TargetDiagnosticCodes.ZeroBaselineProteinuria, "nephritis response: a zero baseline proteinuria", LupusIds.NephritisResponse,
            Nephritis(n => n["baseline"]!["proteinuria"] = Quantity("0", "g/g")), "0 g/g");
        yield return Instrument(TargetDiagnosticCodes.ZeroBaselineProteinuria, "nephritis response: a baseline proteinuria next to zero", LupusIds.NephritisResponse,
            Nephritis(n => n["baseline"]!["proteinuria"] = Quantity(Tiny, "g/g")), Tiny);
        yield return Instrument(TargetDiagnosticCodes.InvalidEgfr, "nephritis response: an eGFR of 987.654", LupusIds.NephritisResponse,
            Nephritis(n => n["followUps"]![0]!["egfr"] = Quantity(Number, "mL/min/{1.73_m2}")), Number);
        yield return Instrument(TargetDiagnosticCodes.InvalidEgfr, "nephritis response: an eGFR in mg/dL", LupusIds.NephritisResponse,
            Nephritis(n => n["baseline"]!["egfr"] = Quantity(InRange, "mg/dL")), InRange);
        yield return Instrument(TargetDiagnosticCodes.InvalidEgfr, "nephritis response: a baseline eGFR next to zero", LupusIds.NephritisResponse,
            Nephritis(n => n["baseline"]!["egfr"] = Quantity(Tiny, "mL/min/{1.73_m2}")), Tiny);
        yield return Instrument(TargetDiagnosticCodes.InvalidDose, "lldas: 31337 mg of dexamethasone", LupusIds.Lldas,
            Lldas(l =>
            {
                l.Remove("prednisoneEquivalent");
                l["glucocorticoids"] = new JsonArray(Glucocorticoid("dexamethasone", Integer, "mg"));
            }), Integer);
        yield return Instrument(TargetDiagnosticCodes.MissingEntry, "refractory nephritis: an induction without therapies", LupusIds.RefractoryNephritis,
            Refractory(r => r["inductions"]![0]!["therapies"] = new JsonArray()), null);
        yield return Instrument(TargetDiagnosticCodes.MissingEntry, "nephritis response: a baseline without proteinuria", LupusIds.NephritisResponse,
            Nephritis(n => n["baseline"]!.AsObject().Remove("proteinuria")), null);
        yield return Instrument(TargetDiagnosticCodes.RangeTooLong, "glucocorticoid exposure: a range over 200 years", LupusIds.GlucocorticoidExposure,
            Exposure(e =>
            {
                e["from"] = OldDate;
                e["courses"]![0]!["start"] = OldDate;
            }), OldDate);
        yield return Instrument(TargetDiagnosticCodes.RangeTooLong, "glucocorticoid exposure: a course over 200 years before the range ends", LupusIds.GlucocorticoidExposure,
            Exposure(e => e["courses"]![0]!["start"] = OldDate), OldDate);

        // Profiles: the lupus validators and the evaluators that re-report instrument codes as warnings.
        yield return Profile(LupusDiagnosticCodes.HydroxychloroquineDoseAboveMaximum, "profile: hydroxychloroquine above 5 mg/kg/day",
            Patient(p => p["therapies"]!.AsArray().Add(Course("hydroxychloroquine", "antimalarial", "400"))), "8.46 mg/kg/day");
        yield return Profile(Sledai2kDiagnosticCodes.DescriptorRepeated, "profile: a SLEDAI-2K visit with a repeated descriptor",
            Patient(p => p["assessments"]![0]!["present"] = Array("rash", "rash")), "rash");
        yield return Profile(Sledai2kDiagnosticCodes.DescriptorPresentAndOtherCause, "profile: a SLEDAI-2K descriptor present and of another cause",
            Patient(p =>
            {
                p["assessments"]![0]!["present"] = Array("rash");
                p["assessments"]![0]!["otherCause"] = Array("rash");
            }), "rash");
        yield return Profile(Sledai2kDiagnosticCodes.WindowNotAllowed, "profile: a SLEDAI-2K visit with windowDays 31337",
            Patient(p => p["assessments"]![0]!["windowDays"] = 31337), Integer);
        yield return Profile(Sledai2kDiagnosticCodes.UnknownDescriptor, "profile: SLEDAI-2K descriptor 31337",
            Patient(p => p["assessments"]![0]!["present"] = Numbers(31337)), Integer);
        yield return Profile(Sri4DiagnosticCodes.BilagDomainRepeated, "profile: a BILAG-2004 domain graded twice",
            Patient(p => p["assessments"]!.AsArray().Add(BilagVisit(Date2, Domain("renal", "A"), Domain("renal", "B")))), "renal");
        yield return Profile(Sri4DiagnosticCodes.UnknownBilagValue, "profile: BILAG-2004 grade 31337",
            Patient(p => p["assessments"]!.AsArray().Add(BilagVisit(Date2, new JsonObject { ["domain"] = "renal", ["grade"] = 31337 }))), Integer);
        yield return Profile(LupusDiagnosticCodes.DamageDateAfterAssessment, "profile: a damage item dated after its assessment",
            Patient(p => p["assessments"]!.AsArray().Add(DamageAssessment(Date2, Item("cataract", i => i["since"] = Date3)))), Date3);
        yield return Profile(LupusDiagnosticCodes.DamageItemUndefined, "profile: damage item 31337",
            Patient(p => p["assessments"]!.AsArray().Add(DamageAssessment(Date2, new JsonObject { ["item"] = 31337 }))), Integer);
        yield return Profile(LupusDiagnosticCodes.DamageNotYetPersistent, "profile: a damage item present for less than 6 months",
            Patient(p => p["assessments"]!.AsArray().Add(DamageAssessment(Date2, Item("pulmonary-fibrosis", i => i["since"] = RecentProfileDate)))), RecentProfileDate);
        yield return Profile(LupusDiagnosticCodes.DamageDecreased, "profile: a damage index total lower than an earlier one",
            Patient(p =>
            {
                p["assessments"]!.AsArray().Add(DamageAssessment(Date2, Item("cataract", i => i["since"] = Date1)));
                p["assessments"]!.AsArray().Add(DamageAssessment(Date3));
            }), null);
        yield return Profile(TargetDiagnosticCodes.InvalidRegimen, "profile: a glucocorticoid regimen beyond the dose ceiling",
            Patient(p => p["therapies"]!.AsArray().Add(Course("prednisone", "glucocorticoid", "99999", administrations: 24))), "99999 mg x24");
        yield return Profile(TargetDiagnosticCodes.RangeTooLong, "profile: a glucocorticoid course over 200 years before the evaluation",
            Patient(p => p["therapies"]!.AsArray().Add(Course("prednisone", "glucocorticoid", InRange, start: OldDate))), OldDate);
        yield return Profile(TargetDiagnosticCodes.MatrixCodeMismatch, "profile: a whole-blood LOINC code on a serum hydroxychloroquine level",
            Patient(p =>
            {
                p["therapies"]!.AsArray().Add(Course("hydroxychloroquine", "antimalarial", "200"));
                p["drugLevels"] = new JsonArray(Level("serum", Quantity(Number, "ng/mL"), new JsonObject { ["system"] = "http://loinc.org", ["code"] = "95921-3" }));
            }), "95921-3");
        yield return Profile(TargetDiagnosticCodes.NotMassConcentration, "profile: a hydroxychloroquine level of 987.654 umol/L",
            Patient(p =>
            {
                p["therapies"]!.AsArray().Add(Course("hydroxychloroquine", "antimalarial", "200"));
                p["drugLevels"] = new JsonArray(Level("whole-blood", Quantity(Number, "umol/L")));
            }), Number);
    }

    // ---- Inputs: a valid document of each kind, with markers wherever a value is free, edited per case ----

    private static string Sledai(Action<JsonObject> edit) => Edit(Visit(Date1, "arthritis"), edit);

    private static JsonObject SledaiObservation(string loinc, JsonNode value) => new()
    {
        ["on"] = Date1,
        ["code"] = new JsonObject { ["system"] = "http://loinc.org", ["code"] = loinc },
        ["value"] = value,
    };

    private static JsonObject Visit(string on, params string[] present) => new() { ["on"] = on, ["present"] = Array(present) };

    private static string Sri4(Action<JsonObject> edit) => Edit(
        new JsonObject
        {
            ["baseline"] = new JsonObject { ["on"] = Date1, ["sledaiTotal"] = 12, ["pga"] = decimal.Parse(Small, System.Globalization.CultureInfo.InvariantCulture), ["bilag"] = Bilag(Date1) },
            ["followUp"] = new JsonObject { ["on"] = Date2, ["sledaiTotal"] = 6, ["pga"] = 1.5m, ["bilag"] = Bilag(Date2) },
        },
        edit);

    private static readonly string[] BilagDomains =
        ["constitutional", "mucocutaneous", "neuropsychiatric", "musculoskeletal", "cardiorespiratory", "gastrointestinal", "ophthalmic", "renal", "haematological"];

    private static JsonObject Bilag(string on) =>
        new() { ["on"] = on, ["domains"] = new JsonArray(BilagDomains.Select(d => (JsonNode)Domain(d, d == "musculoskeletal" ? "B" : "E")).ToArray()) };

    private static JsonObject BilagVisit(string on, params JsonObject[] domains) =>
        new() { ["$kind"] = "sle.bilag-2004", ["on"] = on, ["domains"] = new JsonArray(domains.Cast<JsonNode>().ToArray()) };

    private static JsonObject Domain(string domain, string grade) => new() { ["domain"] = domain, ["grade"] = grade };

    private static void Remove(JsonArray domains, string domain)
    {
        var entry = domains.First(d => (string)d!["domain"]! == domain);
        domains.Remove(entry);
    }

    private static string Damage(Action<JsonObject> edit) => Edit(
        new JsonObject { ["on"] = Date3, ["sleOnset"] = Date1, ["items"] = new JsonArray(Item("cataract", i => i["since"] = Date2)) },
        edit);

    private static JsonObject DamageAssessment(string on, params JsonObject[] items) =>
        new() { ["$kind"] = "sle.slicc-acr-damage-index", ["on"] = on, ["sleOnset"] = Date1, ["items"] = new JsonArray(items.Cast<JsonNode>().ToArray()) };

    private static JsonObject Item(string item, Action<JsonObject> edit)
    {
        var entry = new JsonObject { ["item"] = item };
        edit(entry);
        return entry;
    }

    private static JsonObject DamageDefinitions(string id, int separationMonths) => new()
    {
        ["id"] = id,
        ["version"] = "1",
        ["title"] = Text,
        ["repeatEventMinimumSeparationMonths"] = separationMonths,
        ["skinUlcerationOperator"] = ">=",
    };

    private static string Classification(Action<JsonObject> edit) => Edit(
        new JsonObject { ["anaTiterDenominator"] = 31337, ["criteria"] = Array("joint-involvement", "low-c3-and-low-c4") },
        edit);

    private static string SleDas(Action<JsonObject> edit) => Edit(
        new JsonObject
        {
            ["alopecia"] = true,
            ["swollenJointCount"] = 3,
            ["proteinuriaMilligrams"] = 47.3m,
            ["plateletCount"] = 2.718m,
            ["leukocyteCount"] = 47.3m,
        },
        edit);

    private static string Slicc(Action<JsonObject> edit) => Edit(
        new JsonObject { ["criteria"] = Array("synovitis", "renal", "ana"), ["biopsyProvenLupusNephritis"] = false },
        edit);

    private static string Lldas(Action<JsonObject> edit) => Edit(
        new JsonObject
        {
            ["sledai"] = Visit(Date1, "low-complement"),
            ["physicianGlobalAssessment"] = 0.7m,
            ["prednisoneEquivalent"] = Quantity(Small, "mg"),
            ["haemolyticAnaemia"] = false,
            ["gastrointestinalActivity"] = false,
            ["newFeaturesSincePreviousAssessment"] = false,
            ["maintenanceTherapyWellTolerated"] = true,
            ["investigationalDrug"] = false,
        },
        edit);

    private static string Doris(Action<JsonObject> edit) => Edit(
        new JsonObject
        {
            ["sledai"] = Visit(Date1, "low-complement"),
            ["physicianGlobalAssessment"] = 0.3m,
            ["prednisoneEquivalent"] = Quantity(Small, "mg"),
            ["stableMaintenanceTherapy"] = true,
        },
        edit);

    private static JsonObject Glucocorticoid(string substance, string dose, string unit) =>
        new() { ["substance"] = substance, ["dailyDose"] = Quantity(dose, unit), ["route"] = "oral" };

    private static string Exposure(Action<JsonObject> edit) => Edit(
        new JsonObject
        {
            ["from"] = Date1,
            ["to"] = Date2,
            ["courses"] = new JsonArray(new JsonObject
            {
                ["therapy"] = "prednisone",
                ["class"] = "glucocorticoid",
                ["route"] = "oral",
                ["regimen"] = Regimen(InRange),
                ["start"] = Date1,
            }),
        },
        edit);

    private static string Hydroxychloroquine(Action<JsonObject> edit) => Edit(
        new JsonObject
        {
            ["on"] = Date3,
            ["courses"] = new JsonArray(new JsonObject
            {
                ["therapy"] = "hydroxychloroquine",
                ["class"] = "antimalarial",
                ["regimen"] = Regimen("400"),
                ["start"] = Date1,
            }),
            ["bodyWeights"] = new JsonArray(new JsonObject { ["on"] = Date2, ["weight"] = Quantity(InRange, "kg") }),
            ["levels"] = new JsonArray(Level("whole-blood", Quantity(Number, "ng/mL"))),
        },
        edit);

    private static JsonObject Level(string matrix, JsonObject level, JsonObject? code = null)
    {
        var entry = new JsonObject { ["on"] = Date2, ["therapy"] = "hydroxychloroquine", ["matrix"] = matrix, ["level"] = level };
        if (code is not null)
        {
            entry["code"] = code;
        }

        return entry;
    }

    private static string Nephritis(Action<JsonObject> edit) => Edit(
        new JsonObject
        {
            ["baseline"] = new JsonObject { ["on"] = Date1, ["proteinuria"] = Quantity(Small, "g/g"), ["egfr"] = Quantity(InRange, "mL/min/{1.73_m2}") },
            ["followUps"] = new JsonArray(new JsonObject { ["on"] = Date2, ["proteinuria"] = Quantity("0.4", "g/g"), ["egfr"] = Quantity(InRange, "mL/min/{1.73_m2}") }),
        },
        edit);

    private static string Refractory(Action<JsonObject> edit) => Edit(
        new JsonObject
        {
            ["inductions"] = new JsonArray(new JsonObject
            {
                ["therapies"] = Array("mycophenolate-mofetil"),
                ["start"] = Date1,
                ["assessedOn"] = Date2,
                ["response"] = "no-response",
                ["adherent"] = true,
            }),
        },
        edit);

    // A valid lupus profile: the subject, dates, body weight and a SLEDAI-2K visit are markers.
    private static string Patient(Action<JsonObject> edit) => Edit(
        new JsonObject
        {
            ["schemaVersion"] = 1,
            ["subject"] = Text + "-0001",
            ["birthYear"] = 1971,
            ["sex"] = "female",
            ["bodyWeights"] = new JsonArray(new JsonObject { ["on"] = Date2, ["weight"] = Quantity(InRange, "kg") }),
            ["diagnoses"] = new JsonArray(new JsonObject { ["disease"] = "sle", ["onset"] = Date1 }),
            ["therapies"] = new JsonArray(),
            ["assessments"] = new JsonArray(new JsonObject { ["$kind"] = "sle.sledai-2k", ["on"] = Date2, ["present"] = Array("arthritis") }),
        },
        edit);

    private static JsonObject Course(string therapy, string therapyClass, string dose, int administrations = 1, string start = Date1) => new()
    {
        ["therapy"] = therapy,
        ["class"] = therapyClass,
        ["route"] = "oral",
        ["regimen"] = Regimen(dose, administrations),
        ["start"] = start,
    };

    private static JsonObject Regimen(string dose, int administrations = 1, int intervalDays = 1) =>
        new() { ["dose"] = Quantity(dose, "mg"), ["administrations"] = administrations, ["intervalDays"] = intervalDays };

    private static JsonObject Quantity(string value, string unit) => new() { ["value"] = JsonNode.Parse(value), ["unit"] = unit };

    private static JsonArray Array(params string[] values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static JsonArray Numbers(params int[] values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string Edit(JsonObject document, Action<JsonObject> edit)
    {
        edit(document);
        return document.ToJsonString();
    }

    private static ValueCase Instrument(string code, string name, InstrumentId instrument, string json, string? detail) => new(code, name, instrument, json, detail);

    private static ValueCase Profile(string code, string name, string json, string? detail) => new(code, name, null, json, detail);

    /// <summary>
    /// One row: the code, the input that triggers it (an instrument document, or a profile when
    /// <see cref="Instrument"/> is null) and what the detail holds with values included (null: the rule concerns the
    /// document's structure or a name, not a value, and no detail is expected).
    /// </summary>
    private sealed record ValueCase(string Code, string Name, InstrumentId? Instrument, string Json, string? Detail)
    {
        public override string ToString() => $"{Name} ({Code}{(Instrument is { } id ? ", " + id : ", profile")}): {Json}";
    }
}
