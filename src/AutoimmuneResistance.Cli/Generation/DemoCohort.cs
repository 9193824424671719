// The synthetic cohort generator behind `autoimmune-resistance generate` and seeds/demo-cohort.jsonl (moved here from
// the samples/DemoCohort file-based app, which now runs this code through the tool's command line): a deterministic
// cohort of entirely synthetic patients with systemic lupus erythematosus ("sle") and systemic sclerosis ("ssc"), one
// PatientProfile per line, written with the library's own JSON contract (core and lupus module). About 3 % of the lines
// are invalid on purpose, so that tools can show path-qualified errors. The lupus patients are built so that every
// status of every lupus evaluator occurs (see tests/AutoimmuneResistance.Lupus.Tests/DemoCohort/DemoCohortCoverageTests.cs).
//
// The output is byte-identical for one seed and count: a seeded Random, a fixed data-cut date (never the clock), no
// hash-ordered collections, '\n' line ends and no byte-order mark. Codes are real (ICD-10, ICD-10-CM, SNOMED CT, LOINC;
// see docs/codes.md); people, dates and values are invented. See seeds/demo-cohort.md.

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;

namespace AutoimmuneResistance.Cli.Generation;

// The clinical course a synthetic systemic sclerosis patient follows; it shapes activity, adherence and why therapies
// stop. (Lupus patients follow a LupusScenario, below.)
internal enum Story
{
    Responder,
    PrimaryNonResponder,
    SecondaryLossOfResponse,
    NonAdherent,
    GlucocorticoidDependent,
}

internal sealed partial class DemoCohort(Random random, ResistancePipeline pipeline)
{
    // Every date lies on or before this data cut, so the cohort never depends on the day it is generated.
    private static readonly DateOnly DataCut = new(2025, 6, 30);

    // Record numbers (1-based) that are written invalid on purpose, each with the problem it carries.
    private static readonly (int Record, string Problem)[] InvalidRecords =
    [
        (17, "therapy-end-before-start"),
        (48, "unknown-property"),
        (83, "unknown-kind"),
        (121, "malformed-json"),
        (150, "refill-end-before-start"),
        (188, "loinc-check-digit"),
        (217, "dose-change-outside-course"),
        (252, "exposure-end-before-start"),
        (286, "unknown-nested-property"),
    ];

    private static readonly ClinicalCode C3 = ClinicalCode.Loinc("4485-9");
    private static readonly ClinicalCode C4 = ClinicalCode.Loinc("4498-2");
    private static readonly ClinicalCode AntiDsDna = ClinicalCode.Loinc("5130-0");
    private static readonly ClinicalCode AnaTiter = ClinicalCode.Loinc("5048-4");
    private static readonly ClinicalCode Upcr = ClinicalCode.Loinc("2890-2");
    private static readonly ClinicalCode Egfr = ClinicalCode.Loinc("98979-8");
    private static readonly ClinicalCode Creatinine = ClinicalCode.Loinc("2160-0");
    private static readonly ClinicalCode Hemoglobin = ClinicalCode.Loinc("718-7");
    private static readonly ClinicalCode Platelets = ClinicalCode.Loinc("777-3");
    private static readonly ClinicalCode Leukocytes = ClinicalCode.Loinc("6690-2");
    private static readonly ClinicalCode Crp = ClinicalCode.Loinc("1988-5");
    private static readonly ClinicalCode FvcPercent = ClinicalCode.Loinc("19872-1");
    private static readonly ClinicalCode DlcoPercent = ClinicalCode.Loinc("98130-8");
    private static readonly ClinicalCode HcqWholeBlood = ClinicalCode.Loinc("95921-3");
    private static readonly ClinicalCode HcqSerum = ClinicalCode.Loinc("3684-8");

    private static readonly InstrumentId Sledai2k = InstrumentId.Create("sle.sledai-2k");
    private static readonly InstrumentId Mrss = InstrumentId.Create("ssc.mrss");
    private static readonly InstrumentId EustarActivity = InstrumentId.Create("ssc.eustar-activity-index");

    public static int InvalidCount => InvalidRecords.Length;

    // How many of the first `records` records are written invalid on purpose.
    public static int InvalidCountFor(long records) => InvalidRecords.Count(r => r.Record <= records);

    public byte[] Generate(int records) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(string.Concat(Lines(records).Select(l => l + "\n")));

    // The records one line at a time (without the line end), so that a large cohort streams to its file instead of
    // being built in memory. Record n depends only on the Random's state, so the first k lines of a cohort of any size
    // are the same for one seed.
    public IEnumerable<string> Lines(long records)
    {
        for (var number = 1; number <= records; number++)
        {
            var profile = Patient(number);
            var problem = Array.Find(InvalidRecords, r => r.Record == number).Problem;
            yield return problem is null ? Valid(profile) : Invalid(profile, problem);
        }
    }

    private string Valid(PatientProfile profile)
    {
        var line = pipeline.Json.Serialize(profile);
        var errors = pipeline.Validate(profile).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || pipeline.Json.ReadProfile(line).HasErrors)
        {
            throw new InvalidOperationException($"{profile.Subject} should be valid: {string.Join("; ", errors)}");
        }

        return line;
    }

    // Turns a valid profile into a line with one deliberate problem, and checks the library rejects it.
    private string Invalid(PatientProfile profile, string problem)
    {
        var json = pipeline.Json.Serialize(profile);
        var line = problem switch
        {
            "therapy-end-before-start" => pipeline.Json.Serialize(profile with
            {
                Therapies = profile.Therapies.SetItem(0, profile.Therapies[0] with
                {
                    DoseChanges = [],
                    End = profile.Therapies[0].Start.AddDays(-30),
                    StopReason = StopReason.Other,
                }),
            }),
            "unknown-property" => ReplaceOnce(json, "\"schemaVersion\":1,", "\"schemaVersion\":1,\"smokingStatus\":\"current\","),
            "unknown-kind" => ReplaceOnce(json, "\"$kind\":\"core.recorded-score\"", "\"$kind\":\"demo.unregistered-score\""),
            "malformed-json" => json[..(json.Length / 2)],
            "refill-end-before-start" => pipeline.Json.Serialize(profile with
            {
                RefillAdherence =
                [
                    new RefillAdherence
                    {
                        Therapy = TherapyId.Hydroxychloroquine,
                        From = new DateOnly(2024, 7, 1),
                        To = new DateOnly(2024, 1, 1),
                        ProportionOfDaysCovered = Percentage.FromPercent(91m),
                    },
                ],
            }),
            "loinc-check-digit" => LoincCode().Replace(
                json,
                m => m.Groups[1].Value + ((m.Groups[2].Value[0] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture) + "\"",
                count: 1),
            "dose-change-outside-course" => pipeline.Json.Serialize(profile with
            {
                Therapies = profile.Therapies.SetItem(0, profile.Therapies[0] with
                {
                    DoseChanges = profile.Therapies[0].DoseChanges.Insert(0, new DoseChange
                    {
                        On = profile.Therapies[0].Start.AddDays(-10),
                        Regimen = profile.Therapies[0].Regimen ?? DoseRegimen.Daily(Dose.Milligrams(10m)),
                    }),
                }),
            }),
            "exposure-end-before-start" => pipeline.Json.Serialize(profile with
            {
                Exposures = profile.Exposures.SetItem(0, new Exposure
                {
                    Kind = ExposureKind.Smoking,
                    Status = ExposureStatus.Former,
                    From = new DateOnly(2015, 3, 1),
                    To = new DateOnly(2012, 3, 1),
                }),
            }),
            "unknown-nested-property" => ReplaceOnce(json, "\"intervalDays\":", "\"intervalDay\":"),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Unknown problem."),
        };

        if (line == json)
        {
            throw new InvalidOperationException($"{profile.Subject}: the '{problem}' change did not apply.");
        }

        var read = pipeline.Json.ReadProfile(line);
        if (!read.HasErrors && !pipeline.Validate(read.Profile!).Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"{profile.Subject}: the '{problem}' record was accepted.");
        }

        return line;
    }

    private static string ReplaceOnce(string text, string oldValue, string newValue)
    {
        var at = text.IndexOf(oldValue, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), newValue, text.AsSpan(at + oldValue.Length));
    }

    // The first LOINC code's digits before the check digit, and the check digit.
    [GeneratedRegex("(\"system\":\"http://loinc.org\",\"code\":\"[0-9]+-)([0-9])\"")]
    private static partial Regex LoincCode();

    private PatientProfile Patient(int number)
    {
        var roll = random.NextDouble();
        var subject = SubjectId.Create("demo-" + number.ToString("D4", CultureInfo.InvariantCulture));
        if (Array.Exists(InvalidRecords, r => r.Record == number))
        {
            // The invalid records are systemic sclerosis profiles (core types only, with a therapy course to break),
            // so that each fails for its documented reason with or without the lupus module.
            PatientProfile profile;
            do
            {
                profile = Scleroderma(subject);
            }
            while (profile.Therapies.IsEmpty);

            // Core types only: without the systemic sclerosis features, so that the core alone reads these records too.
            return profile with { Diagnoses = [.. profile.Diagnoses.Select(d => d with { Features = null })] };
        }

        return roll < 0.59 ? Lupus(subject, overlap: false)
            : roll < 0.98 ? Scleroderma(subject)
            : Lupus(subject, overlap: true);
    }

    // ---------------------------------------------------------------- systemic lupus erythematosus

    // Each lupus patient follows one scenario, drawn from a shuffled deck so that every scenario occurs several times in
    // the cohort; a per-scenario counter picks the variant (adherence evidence, outcome of the next line), so every
    // variant occurs too. Other traits (smoking, genotypes, biomarkers) come from decks of their own.
    private static readonly LupusScenario[] ScenarioCards =
    [
        LupusScenario.Responder, LupusScenario.Responder, LupusScenario.Responder,
        LupusScenario.PartialResponder, LupusScenario.PartialResponder,
        LupusScenario.PrimaryNonResponder, LupusScenario.PrimaryNonResponder, LupusScenario.PrimaryNonResponder,
        LupusScenario.SecondaryLossOfResponse, LupusScenario.SecondaryLossOfResponse,
        LupusScenario.DoseEscalation,
        LupusScenario.Intolerance,
        LupusScenario.RecentStart,
        LupusScenario.GlucocorticoidDependent, LupusScenario.GlucocorticoidDependent,
        LupusScenario.SevereRefractory,
        LupusScenario.RemissionOffTherapy,
        LupusScenario.RituximabRetreated,
        LupusScenario.RegistryTotals,
        LupusScenario.NephritisComplete, LupusScenario.NephritisComplete,
        LupusScenario.NephritisPartial,
        LupusScenario.NephritisRefractory,
        LupusScenario.NephritisNonAdherent,
        LupusScenario.NephritisInadequateDose,
        LupusScenario.NephritisEarly,
        LupusScenario.NephritisNoBaseline,
    ];

    // Clinical SLEDAI-2K descriptors in the order a visit's total is filled: several organ systems, or one.
    private static readonly Sledai2kDescriptor[] MultiOrgan =
    [
        Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.Fever, Sledai2kDescriptor.Alopecia,
        Sledai2kDescriptor.Pleurisy, Sledai2kDescriptor.Leukopenia, Sledai2kDescriptor.MucosalUlcers,
        Sledai2kDescriptor.Thrombocytopenia, Sledai2kDescriptor.Pericarditis, Sledai2kDescriptor.Myositis, Sledai2kDescriptor.Vasculitis,
    ];

    private static readonly Sledai2kDescriptor[] MucocutaneousOnly = [Sledai2kDescriptor.Rash, Sledai2kDescriptor.Alopecia, Sledai2kDescriptor.MucosalUlcers];
    private static readonly Sledai2kDescriptor[] MusculoskeletalOnly = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Myositis];

    private readonly Deck<LupusScenario> _scenarios = new(random, ScenarioCards);
    private readonly int[] _variants = new int[Enum.GetValues<LupusScenario>().Length];
    private readonly Deck<ActivityPattern> _patterns = new(random, [ActivityPattern.MultiOrgan, ActivityPattern.MultiOrgan, ActivityPattern.MultiOrgan, ActivityPattern.Mucocutaneous, ActivityPattern.Musculoskeletal]);
    private readonly Deck<AdherenceEvidence> _adherentEvidence = new(random, [AdherenceEvidence.WholeBloodAdequate, AdherenceEvidence.WholeBloodAdequate, AdherenceEvidence.SerumAdequate, AdherenceEvidence.RefillsAdequate]);
    private readonly Deck<AdherenceEvidence> _nonAdherentEvidence = new(random, [AdherenceEvidence.WholeBloodLow, AdherenceEvidence.WholeBloodUndetectable, AdherenceEvidence.SerumLow, AdherenceEvidence.RefillsLow]);
    private readonly Deck<AdherenceClass> _adherence = new(random, [AdherenceClass.Adherent, AdherenceClass.Adherent, AdherenceClass.Adherent, AdherenceClass.Adherent, AdherenceClass.NonAdherent, AdherenceClass.Unknown, AdherenceClass.Unknown]);
    private readonly Deck<ExposureStatus?> _smoking = new(random, [.. Enumerable.Repeat<ExposureStatus?>(ExposureStatus.Never, 9), .. Enumerable.Repeat<ExposureStatus?>(ExposureStatus.Former, 4), .. Enumerable.Repeat<ExposureStatus?>(ExposureStatus.Current, 3), null]);
    private readonly Deck<string> _thiopurine = new(random, ["normal", "normal", "normal", "normal", "tpmt-intermediate", "nudt15-intermediate", "both-intermediate", "tpmt-poor", "nudt15-missing", "none"]);
    private readonly Deck<string> _cyp3a5 = new(random, ["*3/*3", "*3/*3", "*1/*3", "*1/*1", "none"]);
    private readonly Deck<string> _fcgr3a = new(random, ["158V/V", "158V/F", "158F/F", "158V/F", "none"]);
    private readonly Deck<bool?> _interferon = new(random, [true, true, false, null, null, null]);
    private readonly Deck<decimal?> _blys = new(random, [2.8m, 1.4m, null, null, null, null]);
    private readonly Deck<bool?> _depletion = new(random, [true, false, null]);
    private readonly Deck<bool?> _antiRituximab = new(random, [false, true, null]);
    private int _repopulation;

    private PatientProfile Lupus(SubjectId subject, bool overlap)
    {
        var scenario = _scenarios.Draw();
        var variant = _variants[(int)scenario]++;
        var age = random.Next(16, 61);
        var female = random.NextDouble() < 0.88;
        var weight = Between(female ? 48 : 60, female ? 95 : 115, 1);
        var icd10Cm = random.NextDouble() < 0.5;
        var window = DataCut.AddDays(-random.Next(950, 1080));
        var renal = scenario >= LupusScenario.NephritisComplete;
        var firstPresentation = renal && scenario is not (LupusScenario.NephritisNoBaseline or LupusScenario.NephritisEarly) && random.NextDouble() < 0.35;
        var onset = firstPresentation ? window.AddDays(-random.Next(20, 80)) : window.AddDays(-random.Next(200, 13 * 365));
        var pattern = renal ? ActivityPattern.Renal
            : scenario is LupusScenario.PartialResponder or LupusScenario.PrimaryNonResponder or LupusScenario.SevereRefractory ? ActivityPattern.MultiOrgan
            : _patterns.Draw();
        var lupus = new LupusCase
        {
            Scenario = scenario,
            Variant = variant,
            Onset = onset,
            Window = window,
            Weight = weight,
            Pattern = pattern,
            Serological = random.NextDouble() < 0.7,
            Nephritis = renal,
        };

        // Hydroxychloroquine from diagnosis for almost everyone (not in remission off therapy).
        if (scenario != LupusScenario.RemissionOffTherapy && random.NextDouble() < 0.95)
        {
            lupus.Hydroxychloroquine = Add(lupus, Course(TherapyId.Hydroxychloroquine, onset.AddDays(random.Next(0, 45)), HydroxychloroquineDose(weight), null, null));
        }

        switch (scenario)
        {
            case LupusScenario.NephritisComplete or LupusScenario.NephritisPartial or LupusScenario.NephritisRefractory
                or LupusScenario.NephritisNonAdherent or LupusScenario.NephritisInadequateDose:
                Nephritis(lupus);
                break;
            case LupusScenario.NephritisEarly:
                NephritisEarly(lupus);
                break;
            case LupusScenario.NephritisNoBaseline:
                NephritisNoBaseline(lupus);
                break;
            case LupusScenario.RemissionOffTherapy:
                RemissionOffTherapy(lupus);
                break;
            default:
                ExtraRenal(lupus);
                break;
        }

        Repopulation(lupus);

        ClinicalCode[] codes = renal
            ? icd10Cm
                ? [ClinicalCode.Icd10Cm("M32.14", "Glomerular disease in systemic lupus erythematosus"), ClinicalCode.SnomedCt("68815009")]
                : [ClinicalCode.Icd10("M32.1"), ClinicalCode.Icd10("N08.5"), ClinicalCode.SnomedCt("68815009")]
            : icd10Cm
                ? [ClinicalCode.Icd10Cm(Pick("M32.10", "M32.19", "M32.9")), ClinicalCode.SnomedCt("55464009")]
                : [ClinicalCode.Icd10(Pick("M32.1", "M32.8", "M32.9")), ClinicalCode.SnomedCt("55464009")];
        var features = renal && lupus.BiopsyOn is { } biopsy
            ? new LupusFeatures
            {
                RenalBiopsyOn = biopsy,
                NephritisClasses = [.. Pick<LupusNephritisClass[]>([LupusNephritisClass.III], [LupusNephritisClass.IV], [LupusNephritisClass.IV], [LupusNephritisClass.V], [LupusNephritisClass.IV, LupusNephritisClass.V])],
                Nephritis = true,
            }
            : null;
        var diagnoses = new List<Diagnosis> { new() { Disease = LupusIds.Sle, Onset = onset, Codes = [.. codes], Features = features } };
        if (overlap)
        {
            diagnoses.Add(new Diagnosis
            {
                Disease = DiseaseId.Create("ssc"),
                Onset = Clamp(onset.AddDays(random.Next(180, 1500))),
                Codes = [ClinicalCode.Icd10("M34.1"), ClinicalCode.SnomedCt("89155008")],
            });
        }

        var (observations, assessments) = LupusVisits(lupus);
        Biomarkers(lupus, assessments);
        DamageIndex(lupus, assessments);
        var therapies = lupus.Courses.OrderBy(c => c.Start).ToList();

        return new PatientProfile
        {
            Subject = subject,
            BirthYear = onset.Year - age,
            Sex = female ? Sex.Female : Sex.Male,
            BodyWeights = [.. BodyWeights(onset, weight)],
            Diagnoses = [.. diagnoses],
            Therapies = [.. therapies],
            Observations = [.. observations],
            Autoantibodies = [.. LupusAntibodies(onset)],
            Genotypes = [.. lupus.Genotypes],
            Comorbidities = [.. LupusComorbidities(onset, renal)],
            Exposures = [.. LupusExposures(onset.Year - age)],
            DrugLevels = [.. LupusDrugLevels(lupus)],
            RefillAdherence = [.. LupusRefills(lupus)],
            AntiDrugAntibodies = [.. lupus.AntiDrugAntibodies],
            Assessments = [.. assessments.OrderBy(a => a.On)],
        };
    }

    // ---- extra-renal scenarios: one index course started at the first visit of the follow-up window

    private void ExtraRenal(LupusCase lupus)
    {
        var visits = Schedule(lupus.Window, DataCut, 110, 160);
        var n = visits.Count;
        var w = lupus.Window;
        var v = lupus.Variant;

        // Some patients stopped an earlier immunosuppressant before the window: it has no SLEDAI-2K visit, so its
        // response is unknown (or it stopped for an adverse event: intolerance).
        if (lupus.Scenario != LupusScenario.RegistryTotals && random.NextDouble() < 0.3 && w.AddDays(-500) > lupus.Onset)
        {
            var oldStart = lupus.Onset.AddDays(random.Next(30, Math.Max(31, w.DayNumber - lupus.Onset.DayNumber - 460)));
            var adverse = random.NextDouble() < 0.3;
            var oldEnd = oldStart.AddDays(adverse ? random.Next(30, 80) : random.Next(200, 420));
            var oldReason = adverse ? StopReason.AdverseEvent : Pick(StopReason.Other, StopReason.Remission);
            Add(lupus, random.NextDouble() < 0.5
                ? Course(TherapyId.Methotrexate, oldStart, new DoseRegimen(Dose.Milligrams(15m), intervalDays: 7), oldEnd, oldReason)
                : Azathioprine(lupus, oldStart, oldEnd, oldReason));
        }

        var totals = new int[n];
        var gc = GlucocorticoidPlan.Tapered;
        switch (lupus.Scenario)
        {
            case LupusScenario.Responder:
            {
                totals[0] = random.Next(8, 15);
                for (var i = 1; i < n; i++)
                {
                    totals[i] = random.Next(0, 5);
                }

                Index(lupus, w, null, null);
                lupus.Adherence = _adherence.Draw();
                break;
            }

            case LupusScenario.PartialResponder:
            {
                totals[0] = random.Next(12, 17);
                for (var i = 1; i < n; i++)
                {
                    totals[i] = totals[0] - random.Next(1, 4);
                }

                Index(lupus, w, null, null);
                lupus.Adherence = Cycle(v);
                gc = random.NextDouble() < 0.5 ? GlucocorticoidPlan.Persistent : GlucocorticoidPlan.Tapered;
                break;
            }

            case LupusScenario.PrimaryNonResponder:
            {
                // The index course fails; the next line responds, fails too, or partly responds (variant).
                totals[0] = random.Next(9, 14);
                for (var i = 1; i < Math.Min(3, n); i++)
                {
                    totals[i] = totals[0] + random.Next(0, 4);
                }

                var stop = visits[2].AddDays(random.Next(3, 20));
                var first = Index(lupus, w, stop, StopReason.Inefficacy);
                var next = stop.AddDays(random.Next(7, 30));
                var baseline = totals[2];
                var outcome = v % 3;
                for (var i = 3; i < n; i++)
                {
                    totals[i] = outcome switch
                    {
                        0 => random.Next(0, 5),
                        1 => baseline + random.Next(0, 3),
                        _ => baseline - random.Next(1, 4),
                    };
                }

                Add(lupus, SecondLine(lupus, next, first));
                if (outcome == 1 && n >= 7)
                {
                    // A third line for refractory disease: rituximab (an infusion reaction in some), obinutuzumab or
                    // CD19 CAR T cells.
                    var third = visits[n - 2].AddDays(random.Next(5, 20));
                    switch ((v / 3) % 3)
                    {
                        case 0:
                            Rituximab(lupus, third, infusionReaction: v % 2 == 1);
                            break;
                        case 1:
                            Add(lupus, Course(TherapyId.Obinutuzumab, third, new DoseRegimen(Dose.Grams(1m), intervalDays: 14, totalAdministrations: 2), third.AddDays(14), StopReason.Other, route: Route.Intravenous));
                            break;
                        default:
                            Add(lupus, Course(TherapyId.Cd19CarT, third, null, third, StopReason.Other, route: Route.Intravenous));
                            break;
                    }
                }

                lupus.Adherence = Cycle(v / 3);
                gc = GlucocorticoidPlan.Persistent;
                break;
            }

            case LupusScenario.SecondaryLossOfResponse:
            {
                totals[0] = random.Next(8, 14);
                var flare = Math.Max(2, Math.Min(n - 2, random.Next(3, 6)));
                for (var i = 1; i < n; i++)
                {
                    totals[i] = i < flare ? random.Next(0, 5) : random.Next(6, 13);
                }

                Index(lupus, w, null, null);
                if (random.NextDouble() < 0.5 && flare + 1 < n)
                {
                    // A biologic added at the flare: judged from the flare visit as its baseline.
                    var add = visits[flare].AddDays(random.Next(7, 30));
                    Add(lupus, random.NextDouble() < 0.6 ? Belimumab(add, null, null) : Anifrolumab(add, null, null));
                    for (var i = flare + 1; i < n; i++)
                    {
                        totals[i] = random.NextDouble() < 0.6 ? random.Next(0, 5) : totals[flare] + random.Next(-2, 2);
                    }
                }

                lupus.Adherence = Cycle(v);
                lupus.PulseOn = v % 4 == 3 ? visits[flare] : null; // a flare treated with unrecorded IV methylprednisolone
                break;
            }

            case LupusScenario.DoseEscalation:
            {
                totals[0] = random.Next(8, 13);
                for (var i = 1; i < n; i++)
                {
                    totals[i] = random.Next(0, 5);
                }

                Index(lupus, w, null, null, escalateOn: visits[Math.Min(2, n - 1)].AddDays(random.Next(10, 40)));
                lupus.Adherence = Cycle(v);
                break;
            }

            case LupusScenario.Intolerance:
            {
                totals[0] = random.Next(8, 14);
                for (var i = 1; i < n; i++)
                {
                    totals[i] = random.Next(0, 5);
                }

                var stop = w.AddDays(random.Next(35, 100));
                var first = Index(lupus, w, stop, StopReason.AdverseEvent);
                var (therapy, regimen) = NonRenalImmunosuppressant(lupus.Weight, except: first?.Therapy);
                var start = stop.AddDays(random.Next(14, 40));
                Add(lupus, therapy == TherapyId.Azathioprine ? Azathioprine(lupus, start, null, null) : Course(therapy, start, regimen, null, null));
                lupus.Adherence = _adherence.Draw();
                break;
            }

            case LupusScenario.RecentStart:
            {
                // The index course failed; a biologic started in the last weeks before the data cut (too early to
                // judge), or (every third patient) a course stopped after a few weeks for another reason.
                totals[0] = random.Next(8, 13);
                for (var i = 1; i < n; i++)
                {
                    totals[i] = totals[0] + random.Next(0, 3);
                }

                var recent = DataCut.AddDays(-random.Next(20, 80));
                var stop = v % 3 == 2 ? (DateOnly?)null : recent.AddDays(-random.Next(7, 30));
                Index(lupus, w, stop, stop is null ? null : StopReason.Inefficacy);
                if (v % 3 == 2)
                {
                    // Leflunomide added, then stopped after a few weeks for another reason (a planned pregnancy, say).
                    var brief = visits[Math.Max(1, n - 4)].AddDays(random.Next(5, 15));
                    Add(lupus, Course(TherapyId.Leflunomide, brief, DoseRegimen.Daily(Dose.Milligrams(20m)), brief.AddDays(random.Next(25, 60)), StopReason.Other));
                }
                else
                {
                    Add(lupus, random.NextDouble() < 0.5 ? Belimumab(recent, null, null) : Anifrolumab(recent, null, null));
                }

                lupus.Adherence = _adherence.Draw();
                gc = GlucocorticoidPlan.Persistent;
                break;
            }

            case LupusScenario.GlucocorticoidDependent:
            {
                // Flares whenever prednisone reaches 5 mg/day: the dose goes back up and stays above 5 mg/day.
                totals[0] = random.Next(8, 13);
                var flare = Math.Min(n - 2, random.Next(3, 5));
                for (var i = 1; i < n; i++)
                {
                    totals[i] = i == flare ? random.Next(6, 11) : random.Next(0, 5);
                }

                Index(lupus, w, null, null);
                lupus.FlareOn = visits[flare];
                lupus.PulseAtFlare = v % 3 == 2;
                lupus.Adherence = _adherence.Draw();
                gc = GlucocorticoidPlan.Dependent;
                break;
            }

            case LupusScenario.SevereRefractory:
            {
                // SLEDAI-2K of 10 or more at consecutive visits on prednisone and an immunosuppressant, then rituximab;
                // every third patient has one such visit only.
                var single = v % 3 == 2;
                totals[0] = random.Next(12, 17);
                for (var i = 1; i < n; i++)
                {
                    totals[i] = single ? random.Next(5, 10) : i < 4 ? random.Next(10, 16) : v % 3 == 0 ? random.Next(10, 14) : random.Next(2, 9);
                }

                var since = lupus.Window.AddDays(-random.Next(100, 400));
                Index(lupus, since > lupus.Onset ? since : lupus.Onset.AddDays(30), null, null);
                if (!single && n > 4)
                {
                    Rituximab(lupus, visits[3].AddDays(random.Next(7, 20)), infusionReaction: v % 4 == 3);
                }

                lupus.Adherence = _adherence.Draw();
                gc = GlucocorticoidPlan.Persistent;
                break;
            }

            case LupusScenario.RituximabRetreated:
            {
                // The index course fails; rituximab, a response, a flare and a second rituximab course.
                totals[0] = random.Next(10, 15);
                for (var i = 1; i < n; i++)
                {
                    totals[i] = i < 3 ? totals[0] + random.Next(0, 3) : i < 5 ? random.Next(0, 5) : random.Next(6, 12);
                }

                var stop = visits[2].AddDays(random.Next(5, 20));
                Index(lupus, w, stop, StopReason.Inefficacy);
                Rituximab(lupus, stop.AddDays(random.Next(7, 21)));
                if (n > 5)
                {
                    Rituximab(lupus, visits[5].AddDays(random.Next(7, 21)));
                }

                lupus.Adherence = _adherence.Draw();
                gc = GlucocorticoidPlan.Persistent;
                break;
            }

            default: // RegistryTotals: an export that kept only SLEDAI-2K totals (or, every other patient, no SLEDAI-2K at all)
            {
                for (var i = 0; i < n; i++)
                {
                    totals[i] = random.Next(6, 14);
                }

                var stop = w.AddDays(random.Next(200, 320));
                Index(lupus, w, stop, StopReason.Inefficacy);
                Add(lupus, Belimumab(stop.AddDays(random.Next(10, 40)), null, null));
                lupus.RecordedTotalsOnly = v % 2 == 0;
                lupus.NoSledai = v % 2 == 1;
                lupus.Pga = lupus.NoSledai;
                lupus.Adherence = _adherence.Draw();
                gc = GlucocorticoidPlan.Persistent;
                break;
            }
        }

        for (var i = 0; i < n; i++)
        {
            lupus.Visits.Add(new LupusVisit(visits[i], totals[i]));
        }

        Prednisone(lupus, gc);
    }

    // The index immunosuppressant: azathioprine, methotrexate or mycophenolate from the first visit of the window.
    private TherapyCourse? Index(LupusCase lupus, DateOnly start, DateOnly? end, StopReason? reason, DateOnly? escalateOn = null)
    {
        var (therapy, regimen) = NonRenalImmunosuppressant(lupus.Weight, except: null);
        if (therapy == TherapyId.Azathioprine)
        {
            return Add(lupus, Azathioprine(lupus, start, end, reason, escalateOn));
        }

        List<(int Day, decimal Mg)> changes = escalateOn is { } on
            ? [(on.DayNumber - start.DayNumber, therapy == TherapyId.Methotrexate ? 25m : 1500m)]
            : [];
        return Add(lupus, Course(therapy, start, regimen, end, reason, changes));
    }

    private (TherapyId Therapy, DoseRegimen Regimen) NonRenalImmunosuppressant(decimal weight, TherapyId? except)
    {
        while (true)
        {
            var roll = random.Next(3);
            var choice = roll switch
            {
                0 => (TherapyId.Azathioprine, DoseRegimen.Daily(Dose.Milligrams(RoundTo(weight * 2m, 25m)))),
                1 => (TherapyId.Methotrexate, new DoseRegimen(Dose.Milligrams(20m), intervalDays: 7)),
                _ => (TherapyId.MycophenolateMofetil, new DoseRegimen(Dose.Milligrams(1000m), administrations: 2)),
            };
            if (choice.Item1 != except)
            {
                return choice;
            }
        }
    }

    // Azathioprine after TPMT/NUDT15 testing (CPIC): the dose follows the phenotype when the laboratory reported one.
    private TherapyCourse? Azathioprine(LupusCase lupus, DateOnly start, DateOnly? end, StopReason? reason, DateOnly? escalateOn = null)
    {
        var tested = Clamp(start.AddDays(-random.Next(10, 40)));
        var result = _thiopurine.Draw();
        var factor = 1m;
        switch (result)
        {
            case "normal":
                lupus.Genotypes.Add(Genotype(GeneSymbol.Tpmt, "*1/*1", GenePhenotype.NormalMetabolizer, tested));
                lupus.Genotypes.Add(Genotype(GeneSymbol.Nudt15, "*1/*1", GenePhenotype.NormalMetabolizer, tested));
                break;
            case "tpmt-intermediate":
                lupus.Genotypes.Add(Genotype(GeneSymbol.Tpmt, Pick("*1/*3A", "*1/*3C", "*1/*2"), GenePhenotype.IntermediateMetabolizer, tested));
                lupus.Genotypes.Add(Genotype(GeneSymbol.Nudt15, "*1/*1", GenePhenotype.NormalMetabolizer, tested));
                factor = 0.5m;
                break;
            case "nudt15-intermediate":
                lupus.Genotypes.Add(Genotype(GeneSymbol.Tpmt, "*1/*1", GenePhenotype.NormalMetabolizer, tested));
                lupus.Genotypes.Add(Genotype(GeneSymbol.Nudt15, Pick("*1/*3", "*1/*2"), GenePhenotype.IntermediateMetabolizer, tested));
                factor = 0.5m;
                break;
            case "both-intermediate":
                lupus.Genotypes.Add(Genotype(GeneSymbol.Tpmt, "*1/*3A", GenePhenotype.IntermediateMetabolizer, tested));
                lupus.Genotypes.Add(Genotype(GeneSymbol.Nudt15, "*1/*3", GenePhenotype.IntermediateMetabolizer, tested));
                factor = 0.3m;
                break;
            case "tpmt-poor":
                lupus.Genotypes.Add(Genotype(GeneSymbol.Tpmt, Pick("*3A/*3A", "*2/*3A"), GenePhenotype.PoorMetabolizer, tested));
                lupus.Genotypes.Add(Genotype(GeneSymbol.Nudt15, "*1/*1", GenePhenotype.NormalMetabolizer, tested));
                factor = 0.1m;
                break;
            case "nudt15-missing": // only TPMT was tested
                lupus.Genotypes.Add(Genotype(GeneSymbol.Tpmt, "*1/*1", GenePhenotype.NormalMetabolizer, tested));
                break;
            default: // not tested
                break;
        }

        var mg = Math.Max(25m, RoundTo(lupus.Weight * 2m * factor, 25m));
        List<(int Day, decimal Mg)> changes = escalateOn is { } on ? [(on.DayNumber - start.DayNumber, mg + 50m)] : [];
        return Course(TherapyId.Azathioprine, start, DoseRegimen.Daily(Dose.Milligrams(mg)), end, reason, changes);
    }

    private TherapyCourse? SecondLine(LupusCase lupus, DateOnly start, TherapyCourse? failed)
    {
        var roll = random.Next(5);
        return roll switch
        {
            0 or 1 => Belimumab(start, null, null),
            2 => Anifrolumab(start, null, null),
            3 => Tacrolimus(lupus, start),
            _ => failed?.Therapy == TherapyId.MycophenolateMofetil
                ? Azathioprine(lupus, start, null, null)
                : Course(TherapyId.MycophenolateMofetil, start, new DoseRegimen(Dose.Milligrams(1000m), administrations: 2), null, null),
        };
    }

    private TherapyCourse? Belimumab(DateOnly start, DateOnly? end, StopReason? reason) => random.NextDouble() < 0.5
        ? Course(TherapyId.Belimumab, start, new DoseRegimen(Dose.MilligramsPerKilogram(10m), intervalDays: 28), end, reason, route: Route.Intravenous)
        : Course(TherapyId.Belimumab, start, new DoseRegimen(Dose.Milligrams(200m), intervalDays: 7), end, reason, route: Route.Subcutaneous);

    private static TherapyCourse? Anifrolumab(DateOnly start, DateOnly? end, StopReason? reason) =>
        Course(TherapyId.Anifrolumab, start, new DoseRegimen(Dose.Milligrams(300m), intervalDays: 28), end, reason, route: Route.Intravenous);

    // One rituximab cycle (1 g twice, two weeks apart), the FCGR3A genotype on the first, and B-cell depletion measured
    // about six weeks later; anti-rituximab antibodies are tested in some patients before a further cycle.
    private void Rituximab(LupusCase lupus, DateOnly start, bool infusionReaction = false)
    {
        if (start > DataCut)
        {
            return;
        }

        // An infusion reaction stops the cycle after its first infusion.
        var previous = lupus.Courses.Count(c => c.Therapy == TherapyId.Rituximab);
        Add(lupus, Course(TherapyId.Rituximab, start, new DoseRegimen(Dose.Grams(1m), intervalDays: 14, totalAdministrations: 2), infusionReaction ? start : start.AddDays(14), infusionReaction ? StopReason.AdverseEvent : StopReason.Other, route: Route.Intravenous));
        if (previous == 0)
        {
            var diplotype = _fcgr3a.Draw();
            if (diplotype != "none")
            {
                // FCGR3A has no star alleles: the 158V/F variant (rs396991) is reported as the diplotype.
                lupus.Genotypes.Add(new GenotypeResult { Gene = GeneSymbol.Fcgr3a, Diplotype = diplotype, On = Clamp(start.AddDays(-random.Next(5, 30))) });
            }
        }

        if (previous > 0 || infusionReaction)
        {
            // At retreatment or after an infusion reaction: anti-rituximab antibodies tested, or not at all.
            var positive = _antiRituximab.Draw();
            if (positive is { } p)
            {
                var tested = infusionReaction ? start.AddDays(random.Next(20, 60)) : start.AddDays(-random.Next(3, 20));
                if (tested <= DataCut)
                {
                    lupus.AntiDrugAntibodies.Add(new AntiDrugAntibodyResult { On = tested, Therapy = TherapyId.Rituximab, Positive = p });
                }
            }
        }

        var measured = start.AddDays(random.Next(38, 50));
        var complete = previous == 0 ? random.NextDouble() < 0.7 : _depletion.Draw();
        if (complete is { } c && measured <= DataCut)
        {
            lupus.Extra.Add(new BCellDepletion
            {
                On = measured,
                Complete = c,
                Count = CellCount.BillionsPerLiter(c ? Between(0, 0.0009, 4) : Between(0.003, 0.05, 3)),
            });
        }
    }

    // Later B-cell results after a complete depletion, dealt in turn by a counter rather than drawn from the random
    // stream (so that adding them changed no other record): B cells back about five months after the cycle started,
    // still depleted about five months after it, still depleted at 13 months and back at 15, or no further count.
    // Results are written only before the next rituximab cycle and by the data cut.
    private void Repopulation(LupusCase lupus)
    {
        var cycles = lupus.Courses.Where(c => c.Therapy == TherapyId.Rituximab).OrderBy(c => c.Start).ToList();
        for (var i = 0; i < cycles.Count; i++)
        {
            var start = cycles[i].Start;
            var until = i + 1 < cycles.Count ? cycles[i + 1].Start : DataCut.AddDays(1);
            if (!lupus.Extra.OfType<BCellDepletion>().Any(d => d.Complete && d.On >= start && d.On < until))
            {
                continue;
            }

            (int Days, bool Complete)[] later = (_repopulation++ % 4) switch
            {
                0 => [(150, false)],
                1 => [(150, true)],
                2 => [(395, true), (455, false)],
                _ => [],
            };
            foreach (var (days, complete) in later)
            {
                var on = start.AddDays(days);
                if (on >= until || on > DataCut)
                {
                    break;
                }

                lupus.Extra.Add(new BCellDepletion { On = on, Complete = complete, Count = CellCount.BillionsPerLiter(complete ? 0.0004m : 0.021m) });
            }
        }
    }

    private void Prednisone(LupusCase lupus, GlucocorticoidPlan plan)
    {
        if (plan == GlucocorticoidPlan.Tapered && random.NextDouble() < 0.12)
        {
            return; // no glucocorticoid at all
        }

        var start = lupus.Window.AddDays(-random.Next(0, 30));
        if (start < lupus.Onset)
        {
            start = lupus.Onset;
        }

        var initial = plan == GlucocorticoidPlan.Tapered ? Pick(10m, 15m, 20m, 30m) : Pick(15m, 20m, 30m);
        var changes = new List<(int Day, decimal Mg)>();
        var dose = initial;
        void Step(int day, decimal mg)
        {
            var rounded = RoundDose(mg);
            if (rounded < dose)
            {
                changes.Add((day, rounded));
                dose = rounded;
            }
        }

        Step(28, initial * 0.75m);
        Step(56, initial * 0.5m);
        Step(91, 10m);
        switch (plan)
        {
            case GlucocorticoidPlan.Tapered:
                Step(130, 7.5m);
                Step(165, 5m);
                Step(random.Next(240, 400), 2.5m);
                break;
            case GlucocorticoidPlan.Persistent:
                Step(150, Pick(7.5m, 10m));
                break;
            default: // dependent: 5 mg/day a few weeks before the flare, then back up and never below 7.5
                var flare = lupus.FlareOn ?? lupus.Window.AddDays(400);
                var attempt = Math.Max(130, flare.DayNumber - start.DayNumber - random.Next(30, 60));
                Step(attempt - 40, 7.5m);
                Step(attempt, 5m);
                var rise = flare.DayNumber - start.DayNumber + random.Next(1, 4);
                changes.Add((rise, 20m));
                changes.Add((rise + 28, 15m));
                changes.Add((rise + 70, 10m));
                changes.Add((rise + 160, 7.5m));
                if (lupus.PulseAtFlare)
                {
                    lupus.PulseOn = start.AddDays(rise);
                }

                break;
        }

        Add(lupus, Course(TherapyId.Prednisone, start, DoseRegimen.Daily(Dose.Milligrams(RoundDose(initial))), null, null, changes));

        if (lupus.PulseOn is { } pulse)
        {
            // Intravenous methylprednisolone given at a flare visit, the dose not recorded in the export.
            Add(lupus, Course(TherapyId.Methylprednisolone, pulse, null, pulse.AddDays(2), StopReason.Other, route: Route.Intravenous));
        }
    }

    // ---- lupus nephritis: induction at the first visit of the window, UPCR and eGFR at every visit

    private void Nephritis(LupusCase lupus)
    {
        var s = lupus.Window;
        var v = lupus.Variant;
        lupus.BiopsyOn = s.AddDays(-random.Next(3, 21));
        var baseline = Between(2.0, 5.0, 2);
        var egfr = Between(55, 112, 0);

        // Renal measurements at the start, at about 3 and 6 months, then at clinic visits.
        var dates = new List<DateOnly> { s, s.AddDays(random.Next(85, 100)), s.AddDays(random.Next(186, 200)) };
        DateOnly? mmfEnd = null;
        StopReason? mmfReason = null;
        DateOnly? cyclophosphamide = null;
        DateOnly? cyclophosphamideEnd = null;
        if (lupus.Scenario == LupusScenario.NephritisRefractory)
        {
            mmfEnd = dates[2].AddDays(random.Next(10, 30));
            mmfReason = StopReason.Inefficacy;
            cyclophosphamide = mmfEnd.Value.AddDays(random.Next(10, 25));
            cyclophosphamideEnd = cyclophosphamide.Value.AddMonths(6).AddDays(random.Next(5, 15));
            dates.Add(cyclophosphamide.Value.AddDays(random.Next(85, 100)));
            dates.Add(cyclophosphamideEnd.Value);
        }

        dates.AddRange(Schedule(dates[^1], DataCut, 110, 160).Skip(1));
        dates.RemoveAll(d => d > DataCut);

        // Mycophenolate mofetil induction: 2 g/day rising to 3 g/day, or 1 g/day (inadequate) in that scenario.
        var mmf = lupus.Scenario == LupusScenario.NephritisInadequateDose
            ? Course(TherapyId.MycophenolateMofetil, s, new DoseRegimen(Dose.Milligrams(500m), administrations: 2), null, null)
            : Course(TherapyId.MycophenolateMofetil, s, new DoseRegimen(Dose.Milligrams(1000m), administrations: 2), mmfEnd, mmfReason, [(28, 1500m)]);
        Add(lupus, mmf);
        if (cyclophosphamide is { } cyc)
        {
            // Low-dose ("Euro-Lupus") intravenous cyclophosphamide, recorded up to the 6-month assessment.
            Add(lupus, Course(TherapyId.Cyclophosphamide, cyc, new DoseRegimen(Dose.Milligrams(500m), intervalDays: 14, totalAdministrations: 6), cyclophosphamideEnd, StopReason.Inefficacy, route: Route.Intravenous));
            Rituximab(lupus, cyclophosphamideEnd!.Value.AddDays(random.Next(14, 40)));
        }

        // Add-ons in some patients: a calcineurin inhibitor (multitarget) or belimumab.
        var addOn = random.NextDouble();
        if (lupus.Scenario is LupusScenario.NephritisComplete or LupusScenario.NephritisPartial or LupusScenario.NephritisInadequateDose && addOn < 0.45)
        {
            var start = addOn < 0.15 ? s : dates[Math.Min(1, dates.Count - 1)].AddDays(random.Next(3, 20));
            Add(lupus, addOn < 0.3 ? Tacrolimus(lupus, start) : Course(TherapyId.Voclosporin, start, new DoseRegimen(Dose.Milligrams(23.7m), administrations: 2), null, null));
        }
        else if (lupus.Scenario == LupusScenario.NephritisComplete && addOn < 0.65)
        {
            Add(lupus, Belimumab(s, null, null));
        }

        for (var i = 0; i < dates.Count; i++)
        {
            var on = dates[i];
            var months = (on.DayNumber - s.DayNumber) / 30.4;
            decimal upcr;
            var kidney = egfr;
            switch (lupus.Scenario)
            {
                case LupusScenario.NephritisComplete:
                    upcr = i == 0 ? baseline : months < 4 ? baseline * Between(0.35, 0.6, 2) : Between(0.1, 0.6, 2);
                    kidney = egfr * Between(0.95, 1.1, 2);
                    break;
                case LupusScenario.NephritisPartial:
                    upcr = i == 0 ? baseline : months < 4 ? baseline * Between(0.6, 0.8, 2) : Math.Max(0.8m, baseline * Between(0.32, 0.45, 2));
                    kidney = egfr * Between(0.93, 1.05, 2);
                    break;
                default: // refractory, non-adherent, inadequate dose: proteinuria barely moves
                    upcr = i == 0 ? baseline : baseline * Between(0.75, 1.05, 2);
                    kidney = egfr * Between(0.82, 1.02, 2);
                    break;
            }

            lupus.Visits.Add(new LupusVisit(on, ExtraRenalTotal(i == 0), Math.Round(upcr, 2), Math.Min(130m, Math.Round(kidney, 0)), i == 0 || upcr >= 1.0m));
        }

        lupus.Adherence = lupus.Scenario switch
        {
            LupusScenario.NephritisRefractory => v % 2 == 0 ? AdherenceClass.Adherent : AdherenceClass.Unknown,
            LupusScenario.NephritisNonAdherent => AdherenceClass.NonAdherent,
            _ => _adherence.Draw(),
        };
        if (lupus.Adherence == AdherenceClass.Adherent && lupus.Scenario == LupusScenario.NephritisRefractory && lupus.Hydroxychloroquine is null)
        {
            lupus.Adherence = AdherenceClass.Unknown;
        }

        lupus.PulseOn = v % 3 == 1 ? s : null;
        NephritisPrednisone(lupus, s, tapered: lupus.Scenario is LupusScenario.NephritisComplete or LupusScenario.NephritisPartial);
    }

    // Lupus nephritis diagnosed in the last months: induction too recent to judge.
    private void NephritisEarly(LupusCase lupus)
    {
        var s = DataCut.AddDays(-random.Next(75, 160));
        lupus.BiopsyOn = s.AddDays(-random.Next(3, 21));
        var before = Schedule(lupus.Window, s.AddDays(-30), 110, 160);
        foreach (var on in before)
        {
            lupus.Visits.Add(new LupusVisit(on, random.Next(0, 7)));
        }

        var baseline = Between(1.5, 4.0, 2);
        var egfr = Between(60, 110, 0);
        lupus.Visits.Add(new LupusVisit(s, ExtraRenalTotal(true), baseline, egfr, true));
        for (var on = s.AddDays(random.Next(55, 70)); on <= DataCut; on = on.AddDays(random.Next(55, 70)))
        {
            lupus.Visits.Add(new LupusVisit(on, ExtraRenalTotal(false), Math.Round(baseline * Between(0.65, 0.9, 2), 2), Math.Round(egfr * Between(0.95, 1.05, 2), 0), true));
        }

        Add(lupus, Course(TherapyId.MycophenolateMofetil, s, new DoseRegimen(Dose.Milligrams(1000m), administrations: 2), null, null, [(28, 1500m)]));
        lupus.Adherence = _adherence.Draw();
        NephritisPrednisone(lupus, s, tapered: true);
    }

    // Induction long before the window: no proteinuria before it started, so its renal response is unknown.
    private void NephritisNoBaseline(LupusCase lupus)
    {
        var s = lupus.Onset.AddDays(random.Next(0, 60));
        Add(lupus, Course(TherapyId.MycophenolateMofetil, s, new DoseRegimen(Dose.Milligrams(1000m), administrations: 2), null, null, [(28, 1500m)]));
        var egfr = Between(45, 105, 0);
        foreach (var on in Schedule(lupus.Window, DataCut, 110, 160))
        {
            var upcr = Between(0.1, 1.6, 2);
            lupus.Visits.Add(new LupusVisit(on, ExtraRenalTotal(false), upcr, Math.Round(egfr * Between(0.92, 1.05, 2), 0), upcr >= 1.0m));
        }

        lupus.Adherence = _adherence.Draw();
        Prednisone(lupus, random.NextDouble() < 0.5 ? GlucocorticoidPlan.Tapered : GlucocorticoidPlan.Persistent);
    }

    private void NephritisPrednisone(LupusCase lupus, DateOnly start, bool tapered)
    {
        // About 0.5 mg/kg/day, tapered to 5 mg/day within six months (EULAR 2023), or held at 7.5-10 mg/day.
        var initial = Math.Min(50m, RoundTo(lupus.Weight * 0.5m, 5m));
        var end = tapered && random.NextDouble() < 0.3 ? start.AddDays(random.Next(300, 500)) : (DateOnly?)null;
        List<(int, decimal)> taper = tapered
            ? [(21, initial * 0.75m), (42, initial * 0.5m), (70, 15m), (100, 10m), (130, 7.5m), (165, 5m)]
            : [(21, initial * 0.75m), (42, initial * 0.5m), (70, 15m), (110, 10m), (200, Pick(7.5m, 10m))];
        var pulse = lupus.PulseOn is not null;
        Add(lupus, Course(TherapyId.Prednisone, pulse ? start.AddDays(3) : start, DoseRegimen.Daily(Dose.Milligrams(initial)), end, end is null ? null : StopReason.Remission, DistinctDescending(initial, taper)));
        if (pulse)
        {
            // Three intravenous methylprednisolone pulses before oral prednisone; every other record lacks the dose.
            var recorded = lupus.Variant % 2 == 0;
            Add(lupus, Course(TherapyId.Methylprednisolone, start, recorded ? DoseRegimen.Daily(Dose.Milligrams(Pick(250m, 500m))) : null, start.AddDays(2), StopReason.Other, route: Route.Intravenous));
            lupus.PulseOn = null;
        }
    }

    private static List<(int Day, decimal Mg)> DistinctDescending(decimal initial, List<(int Day, decimal Mg)> steps)
    {
        var result = new List<(int, decimal)>();
        var dose = initial;
        foreach (var (day, mg) in steps)
        {
            var rounded = RoundDose(mg);
            if (rounded < dose)
            {
                result.Add((day, rounded));
                dose = rounded;
            }
        }

        return result;
    }

    private TherapyCourse? Tacrolimus(LupusCase lupus, DateOnly start)
    {
        // CYP3A5 genotyped before tacrolimus in most patients; expressers start on a higher dose (CPIC).
        var diplotype = _cyp3a5.Draw();
        var expresser = diplotype.Contains("*1", StringComparison.Ordinal);
        if (diplotype != "none")
        {
            var phenotype = diplotype switch
            {
                "*1/*1" => GenePhenotype.NormalMetabolizer,
                "*1/*3" => GenePhenotype.IntermediateMetabolizer,
                _ => GenePhenotype.PoorMetabolizer,
            };
            lupus.Genotypes.Add(Genotype(GeneSymbol.Cyp3a5, diplotype, phenotype, Clamp(start.AddDays(-random.Next(7, 40)))));
        }

        return Course(TherapyId.Tacrolimus, start, new DoseRegimen(Dose.Milligrams(expresser ? 3m : 2m), administrations: 2), null, null);
    }

    // ---- remission off therapy: quiet visits, physician global assessment and BILAG-2004 at every visit

    private void RemissionOffTherapy(LupusCase lupus)
    {
        var before = lupus.Window.AddDays(-random.Next(120, 600));
        var start = lupus.Onset.AddDays(random.Next(0, 45));
        if (lupus.Variant % 3 != 2 && start < before.AddDays(-200))
        {
            // Hydroxychloroquine stopped before the window (retinal screening finding, or by the patient's choice).
            lupus.Hydroxychloroquine = Add(lupus, Course(TherapyId.Hydroxychloroquine, start, HydroxychloroquineDose(lupus.Weight), before, Pick(StopReason.AdverseEvent, StopReason.Other)));
        }

        if (lupus.Variant % 3 == 1 && lupus.Onset.AddDays(400) < before)
        {
            var old = lupus.Onset.AddDays(random.Next(30, 120));
            Add(lupus, Course(TherapyId.Azathioprine, old, DoseRegimen.Daily(Dose.Milligrams(RoundTo(lupus.Weight * 2m, 25m))), Min(old.AddDays(random.Next(400, 900)), before), StopReason.Remission));
        }

        foreach (var on in Schedule(lupus.Window, DataCut, 110, 160))
        {
            lupus.Visits.Add(new LupusVisit(on, lupus.Serological && random.NextDouble() < 0.5 ? 2 : 0));
        }

        lupus.Pga = true;
        lupus.Bilag = true;
        lupus.Adherence = AdherenceClass.Unknown;
    }

    // ---- visits: SLEDAI-2K (descriptors, or recorded totals), physician global assessment, BILAG-2004 and laboratory

    private (List<Observation>, List<InstrumentAssessment>) LupusVisits(LupusCase lupus)
    {
        var observations = new List<Observation>();
        var assessments = new List<InstrumentAssessment>();
        lupus.Pga |= random.NextDouble() < 0.55;
        lupus.Bilag |= random.NextDouble() < 0.25 && !lupus.NoSledai;
        var visits = lupus.Visits.OrderBy(v => v.On).ToList();
        for (var i = 0; i < visits.Count; i++)
        {
            var visit = visits[i];
            var present = Descriptors(lupus, visit);
            var total = present.Sum(Sledai2kDescriptors.Weight);
            var clinical = present.Where(d => !Sledai2kDescriptors.IsSerological(d)).Sum(Sledai2kDescriptors.Weight);
            if (!lupus.NoSledai)
            {
                assessments.Add(lupus.RecordedTotalsOnly
                    ? new RecordedScore { On = visit.On, Instrument = Sledai2k, Score = total }
                    : new Sledai2kVisit { On = visit.On, Present = [.. present] });
            }

            if (lupus.Pga && !lupus.RecordedTotalsOnly)
            {
                var pga = clinical == 0 ? Between(0, 0.4, 1) : clinical <= 4 ? Between(0.5, 1.0, 1) : clinical < 10 ? Between(1.0, 1.8, 1) : Between(1.6, 2.6, 1);
                assessments.Add(new PhysicianGlobalAssessment { On = visit.On, Score = pga });
            }

            if (lupus.Bilag && !lupus.RecordedTotalsOnly)
            {
                assessments.Add(Bilag(lupus, visit.On, present));
            }

            // A clinician's review of background therapy at some quiet visits (LLDAS criterion 5 "well tolerated",
            // DORIS "stable"), so that patients on maintenance therapy can be found at target. Chosen by visit and
            // variant, not by a random draw, so the rest of the cohort is unchanged.
            if (lupus.Pga && !lupus.RecordedTotalsOnly && clinical == 0 && (lupus.Variant + i) % 3 == 0)
            {
                assessments.Add(new MaintenanceTherapyReview { On = visit.On, WellTolerated = (lupus.Variant + i) % 6 != 3, Stable = true });
            }

            var lowComplement = present.Contains(Sledai2kDescriptor.LowComplement);
            var dna = present.Contains(Sledai2kDescriptor.IncreasedDnaBinding);
            observations.Add(Lab(visit.On, C3, lowComplement ? Between(55, 88, 0) : Between(90, 150, 0), QuantityUnit.MilligramPerDeciliter, low: 90m));
            observations.Add(Lab(visit.On, C4, lowComplement ? Between(4, 9.5, 1) : Between(11, 32, 1), QuantityUnit.MilligramPerDeciliter, low: 10m));
            if (i % 2 == 0 || dna || i == visits.Count - 1)
            {
                observations.Add(Lab(visit.On, AntiDsDna, dna ? Between(45, 400, 0) : Between(3, 28, 0), QuantityUnit.InternationalUnitPerMilliliter, high: 30m));
            }

            if (visit.Upcr is { } upcr)
            {
                observations.Add(Lab(visit.On, Upcr, Math.Max(0.05m, upcr), QuantityUnit.GramPerGram));
            }

            if (visit.Egfr is { } egfr)
            {
                observations.Add(Lab(visit.On, Egfr, egfr, QuantityUnit.MilliliterPerMinutePer1_73SquareMeter));
            }
            else if (i == 0 || i == visits.Count - 1)
            {
                observations.Add(Lab(visit.On, Egfr, Between(70, 118, 0), QuantityUnit.MilliliterPerMinutePer1_73SquareMeter));
            }

            if (i == visits.Count - 1)
            {
                var cytopenia = present.Contains(Sledai2kDescriptor.Thrombocytopenia) || present.Contains(Sledai2kDescriptor.Leukopenia);
                observations.Add(Lab(visit.On, Hemoglobin, Between(9.8, 14.8, 1), QuantityUnit.GramPerDeciliter));
                observations.Add(Lab(visit.On, Platelets, present.Contains(Sledai2kDescriptor.Thrombocytopenia) ? Between(45, 95, 0) : Between(150, 360, 0), QuantityUnit.BillionPerLiter));
                observations.Add(Lab(visit.On, Leukocytes, present.Contains(Sledai2kDescriptor.Leukopenia) ? Between(2.0, 2.9, 1) : Between(cytopenia ? 3.2 : 3.8, 9, 1), QuantityUnit.BillionPerLiter));
            }
        }

        return (observations, assessments);
    }

    // The descriptors of one visit: renal ones from proteinuria (with serology when the kidney is active), then serology
    // and clinical descriptors making up the planned extra-renal total in the patient's pattern.
    private static List<Sledai2kDescriptor> Descriptors(LupusCase lupus, LupusVisit visit)
    {
        var present = new List<Sledai2kDescriptor>();
        var remaining = visit.Total;
        if (visit.Upcr is { } upcr && upcr > 0.5m)
        {
            present.Add(Sledai2kDescriptor.Proteinuria);
        }

        if (visit.Upcr is not null && visit.RenalActive)
        {
            present.Add(Sledai2kDescriptor.Hematuria);
            present.Add(Sledai2kDescriptor.UrinaryCasts);
            if (lupus.Serological)
            {
                present.Add(Sledai2kDescriptor.LowComplement);
                present.Add(Sledai2kDescriptor.IncreasedDnaBinding);
            }
        }
        else if (lupus.Serological && remaining >= 2)
        {
            // Active visits carry low complement and raised anti-dsDNA; quieter ones low complement alone.
            present.Add(Sledai2kDescriptor.LowComplement);
            remaining -= 2;
            if (visit.Total == 4 || visit.Total >= 6)
            {
                present.Add(Sledai2kDescriptor.IncreasedDnaBinding);
                remaining -= 2;
            }
        }

        var order = lupus.Pattern switch
        {
            ActivityPattern.Mucocutaneous => MucocutaneousOnly,
            ActivityPattern.Musculoskeletal => MusculoskeletalOnly,
            _ => MultiOrgan,
        };
        var chosen = Fill(order, remaining);
        if (visit.Total > 4 && present.Concat(chosen).Sum(Sledai2kDescriptors.Weight) <= 4)
        {
            // A single-organ pattern cannot reach every total: take the next one above the LLDAS limit.
            chosen = Fill(order, remaining + 4);
        }

        present.AddRange(chosen);
        return [.. present.Distinct().OrderBy(d => (int)d)];
    }

    private static List<Sledai2kDescriptor> Fill(Sledai2kDescriptor[] order, int points)
    {
        var chosen = new List<Sledai2kDescriptor>();
        foreach (var descriptor in order)
        {
            var weight = Sledai2kDescriptors.Weight(descriptor);
            if (weight <= points)
            {
                chosen.Add(descriptor);
                points -= weight;
            }
        }

        return chosen;
    }

    // Extra-renal activity beside nephritis: sometimes arthritis or rash at presentation.
    private int ExtraRenalTotal(bool presentation) => presentation && random.NextDouble() < 0.4 ? Pick(2, 4, 6) : random.NextDouble() < 0.15 ? 2 : 0;

    private static BilagVisit Bilag(LupusCase lupus, DateOnly on, List<Sledai2kDescriptor> present)
    {
        BilagGrade Grade(BilagDomain domain, bool active, bool severe, bool involvedBefore) =>
            active ? (severe ? BilagGrade.A : BilagGrade.B) : involvedBefore ? BilagGrade.D : BilagGrade.E;
        var renal = present.Contains(Sledai2kDescriptor.Proteinuria);
        var casts = present.Contains(Sledai2kDescriptor.UrinaryCasts);
        return new BilagVisit
        {
            On = on,
            Domains =
            [
                new BilagDomainGrade { Domain = BilagDomain.Constitutional, Grade = Grade(BilagDomain.Constitutional, present.Contains(Sledai2kDescriptor.Fever), false, false) },
                new BilagDomainGrade { Domain = BilagDomain.Mucocutaneous, Grade = present.Any(d => d is Sledai2kDescriptor.Rash or Sledai2kDescriptor.Alopecia or Sledai2kDescriptor.MucosalUlcers) ? BilagGrade.C : lupus.Pattern != ActivityPattern.Musculoskeletal ? BilagGrade.D : BilagGrade.E },
                new BilagDomainGrade { Domain = BilagDomain.Neuropsychiatric, Grade = BilagGrade.E },
                new BilagDomainGrade { Domain = BilagDomain.Musculoskeletal, Grade = Grade(BilagDomain.Musculoskeletal, present.Contains(Sledai2kDescriptor.Arthritis) || present.Contains(Sledai2kDescriptor.Myositis), false, lupus.Pattern is ActivityPattern.MultiOrgan or ActivityPattern.Musculoskeletal) },
                new BilagDomainGrade { Domain = BilagDomain.Cardiorespiratory, Grade = Grade(BilagDomain.Cardiorespiratory, present.Contains(Sledai2kDescriptor.Pleurisy) || present.Contains(Sledai2kDescriptor.Pericarditis), false, false) },
                new BilagDomainGrade { Domain = BilagDomain.Gastrointestinal, Grade = BilagGrade.E },
                new BilagDomainGrade { Domain = BilagDomain.Ophthalmic, Grade = BilagGrade.E },
                new BilagDomainGrade { Domain = BilagDomain.Renal, Grade = Grade(BilagDomain.Renal, renal, casts, lupus.Nephritis) },
                new BilagDomainGrade { Domain = BilagDomain.Haematological, Grade = present.Contains(Sledai2kDescriptor.Thrombocytopenia) || present.Contains(Sledai2kDescriptor.Leukopenia) ? BilagGrade.C : BilagGrade.E },
            ],
        };
    }

    // Type I interferon gene signature and serum BLyS, measured in some patients when a biologic is considered.
    private void Biomarkers(LupusCase lupus, List<InstrumentAssessment> assessments)
    {
        var on = lupus.Visits.Count > 0 ? lupus.Visits.Min(v => v.On).AddDays(random.Next(0, 60)) : lupus.Window;
        if (on > DataCut)
        {
            return;
        }

        var interferon = lupus.Scenario == LupusScenario.RemissionOffTherapy ? null : _interferon.Draw();
        if (interferon is { } high)
        {
            assessments.Add(new InterferonGeneSignature { On = on, High = high, Assay = "whole-blood 4-gene (IFI27, IFI44, IFI44L, RSAD2)" });
        }

        var blys = lupus.Scenario is LupusScenario.RemissionOffTherapy or LupusScenario.RegistryTotals ? null : _blys.Draw();
        if (blys is { } level)
        {
            var value = level >= 2m ? Between(2.0, 6.5, 2) : Between(0.5, 1.95, 2);
            assessments.Add(new BlysLevel { On = on, Level = random.NextDouble() < 0.8 ? Concentration.NanogramsPerMilliliter(value) : Concentration.Create(value * 1000m, QuantityUnit.MicrogramPerLiter) });
        }

        assessments.AddRange(lupus.Extra);
    }

    // The SLICC/ACR Damage Index at the last visit, in some patients: mostly none, or damage that glucocorticoids cause
    // (cataract, osteoporotic fracture, diabetes), present for more than six months.
    private void DamageIndex(LupusCase lupus, List<InstrumentAssessment> assessments)
    {
        if (lupus.Visits.Count == 0 || lupus.RecordedTotalsOnly || lupus.NoSledai || random.NextDouble() >= 0.3)
        {
            return;
        }

        var on = lupus.Visits.Max(v => v.On);
        var items = new List<DamageItemEntry>();
        var earliest = lupus.Onset.AddDays(60);
        var span = on.DayNumber - earliest.DayNumber - 200;
        if (span > 0 && random.NextDouble() < 0.35)
        {
            items.Add(new DamageItemEntry { Item = DamageItem.Cataract, Since = earliest.AddDays(random.Next(0, span)) });
        }

        if (span > 0 && random.NextDouble() < 0.2)
        {
            items.Add(new DamageItemEntry { Item = DamageItem.OsteoporosisWithFracture, Since = earliest.AddDays(random.Next(0, span)) });
        }

        if (span > 0 && random.NextDouble() < 0.1)
        {
            items.Add(new DamageItemEntry { Item = DamageItem.Diabetes, Since = earliest.AddDays(random.Next(0, span)) });
        }

        assessments.Add(new DamageIndexAssessment { On = on, SleOnset = lupus.Onset, Items = [.. items] });
    }

    // Hydroxychloroquine levels in whole blood (LOINC 95921-3) or serum (3684-8), from the patient's adherence evidence.
    private List<DrugLevel> LupusDrugLevels(LupusCase lupus)
    {
        var list = new List<DrugLevel>();
        var hcq = lupus.Hydroxychloroquine;
        var evidence = Evidence(lupus);
        if (hcq is null || evidence is AdherenceEvidence.None or AdherenceEvidence.RefillsAdequate or AdherenceEvidence.RefillsLow)
        {
            return list;
        }

        var last = hcq.End ?? DataCut;
        var first = Max(hcq.Start.AddDays(120), lupus.Window.AddDays(random.Next(60, 150)));
        var wholeBlood = evidence is AdherenceEvidence.WholeBloodAdequate or AdherenceEvidence.WholeBloodLow or AdherenceEvidence.WholeBloodUndetectable;
        var dates = new List<DateOnly>();
        for (var on = first; on <= last && dates.Count < 3; on = on.AddDays(random.Next(150, 330)))
        {
            dates.Add(on);
        }

        if (lupus.Scenario == LupusScenario.NephritisRefractory && lupus.Courses.Find(c => c.Therapy == TherapyId.Cyclophosphamide) is { } cyc)
        {
            dates.Add(cyc.Start.AddDays(random.Next(60, 150))); // a level during the second induction too
        }

        foreach (var on in dates.Where(d => d <= last && d <= DataCut).Distinct().Order())
        {
            var level = evidence switch
            {
                AdherenceEvidence.WholeBloodAdequate => Between(320, 1600, 0),
                AdherenceEvidence.WholeBloodLow => Between(40, 190, 0),
                AdherenceEvidence.WholeBloodUndetectable => Between(0, 15, 0),
                AdherenceEvidence.SerumAdequate => Between(140, 720, 0),
                _ => Between(22, 100, 0),
            };
            list.Add(new DrugLevel
            {
                On = on,
                Therapy = TherapyId.Hydroxychloroquine,
                Matrix = wholeBlood ? SampleMatrix.WholeBlood : SampleMatrix.Serum,
                Level = Concentration.NanogramsPerMilliliter(level),
                Code = wholeBlood ? HcqWholeBlood : HcqSerum,
            });
        }

        return list;
    }

    // Refill-based proportion of days covered, in 180-day windows, for oral maintenance drugs.
    private List<RefillAdherence> LupusRefills(LupusCase lupus)
    {
        var list = new List<RefillAdherence>();
        var evidence = Evidence(lupus);
        if (evidence is not (AdherenceEvidence.RefillsAdequate or AdherenceEvidence.RefillsLow))
        {
            return list;
        }

        foreach (var course in lupus.Courses.OrderBy(c => c.Start))
        {
            if (course.Therapy != TherapyId.Hydroxychloroquine && course.Therapy != TherapyId.MycophenolateMofetil
                && course.Therapy != TherapyId.Azathioprine && course.Therapy != TherapyId.Methotrexate)
            {
                continue;
            }

            var to = course.End ?? DataCut;
            if (to < lupus.Window)
            {
                continue;
            }

            var windows = new List<RefillAdherence>();
            for (var w = 0; w < 3; w++)
            {
                var from = Max(to.AddDays(-179), course.Start);
                if (to < lupus.Window || from >= to)
                {
                    break;
                }

                windows.Insert(0, new RefillAdherence
                {
                    Therapy = course.Therapy,
                    From = from,
                    To = to,
                    ProportionOfDaysCovered = Percentage.FromPercent(evidence == AdherenceEvidence.RefillsAdequate ? Between(81, 100, 1) : Between(28, 76, 1)),
                });
                to = from.AddDays(-1);
            }

            list.AddRange(windows);
        }

        return list;
    }

    // The concrete evidence behind a patient's adherence class, drawn once.
    private AdherenceEvidence Evidence(LupusCase lupus)
    {
        if (lupus.Evidence is { } known)
        {
            return known;
        }

        var hasLevels = lupus.Hydroxychloroquine is { } hcq && (hcq.End ?? DataCut) > lupus.Window.AddDays(150);
        var evidence = lupus.Adherence switch
        {
            AdherenceClass.Adherent => _adherentEvidence.Draw(),
            AdherenceClass.NonAdherent => _nonAdherentEvidence.Draw(),
            _ => AdherenceEvidence.None,
        };
        if (!hasLevels && evidence is not (AdherenceEvidence.None or AdherenceEvidence.RefillsAdequate or AdherenceEvidence.RefillsLow))
        {
            evidence = lupus.Adherence == AdherenceClass.Adherent ? AdherenceEvidence.RefillsAdequate : AdherenceEvidence.RefillsLow;
        }

        if (lupus.Scenario == LupusScenario.NephritisRefractory && evidence is AdherenceEvidence.RefillsAdequate)
        {
            // Refills cannot show adherence to intravenous cyclophosphamide: use a level.
            evidence = hasLevels ? AdherenceEvidence.WholeBloodAdequate : AdherenceEvidence.None;
        }

        lupus.Evidence = evidence;
        return evidence;
    }

    private AdherenceClass Cycle(int index) => (index % 4) switch
    {
        0 => AdherenceClass.Adherent,
        1 => AdherenceClass.NonAdherent,
        2 => AdherenceClass.Unknown,
        _ => _adherence.Draw(),
    };

    private DoseRegimen HydroxychloroquineDose(decimal weight) => weight < 62m
        ? Pick(DoseRegimen.Daily(Dose.Milligrams(200m)), new DoseRegimen(Dose.Milligrams(600m), intervalDays: 2))
        : Pick(DoseRegimen.Daily(Dose.Milligrams(400m)), new DoseRegimen(Dose.Milligrams(200m), administrations: 2), DoseRegimen.Daily(Dose.Milligrams(300m)));

    // Visit dates from `from` (included) every minDays to maxDays up to `to`.
    private List<DateOnly> Schedule(DateOnly from, DateOnly to, int minDays, int maxDays)
    {
        var dates = new List<DateOnly>();
        for (var on = from; on <= to; on = on.AddDays(random.Next(minDays, maxDays)))
        {
            dates.Add(on);
        }

        return dates;
    }

    private static TherapyCourse? Add(LupusCase lupus, TherapyCourse? course)
    {
        if (course is not null)
        {
            lupus.Courses.Add(course);
        }

        return course;
    }

    private List<Exposure> LupusExposures(int birthYear)
    {
        var list = new List<Exposure>();
        var status = _smoking.Draw();
        var startedSmoking = new DateOnly(birthYear + random.Next(15, 26), random.Next(1, 13), 1);
        if (status is not null)
        {
            list.Add(status == ExposureStatus.Never || startedSmoking > DataCut
                ? new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Never }
                : status == ExposureStatus.Former
                    ? new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Former, From = startedSmoking, To = Clamp(startedSmoking.AddYears(random.Next(2, 20))) }
                    : new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Current, From = startedSmoking });
        }

        if (random.NextDouble() < 0.15)
        {
            list.Add(new Exposure { Kind = ExposureKind.UvLight, Status = ExposureStatus.Current });
        }

        return list;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private List<AutoantibodyResult> LupusAntibodies(DateOnly onset)
    {
        var on = onset.AddDays(-random.Next(7, 60));
        var dsDna = random.NextDouble() < 0.7;
        return
        [
            new() { Antibody = AutoantibodyId.Ana, On = on, Positive = true, TiterDenominator = Pick(160, 320, 640, 1280), Code = AnaTiter },
            new()
            {
                Antibody = AutoantibodyId.AntiDsDna,
                On = on,
                Positive = dsDna,
                Level = Quantity.Create(dsDna ? Between(40, 500, 0) : Between(2, 25, 0), QuantityUnit.InternationalUnitPerMilliliter),
                Code = AntiDsDna,
            },
            new() { Antibody = AutoantibodyId.AntiSm, On = on, Positive = random.NextDouble() < 0.25 },
            new() { Antibody = AutoantibodyId.AntiRo, On = on, Positive = random.NextDouble() < 0.35 },
            new() { Antibody = AutoantibodyId.AntiCardiolipin, On = on, Positive = random.NextDouble() < 0.15 },
        ];
    }

    private List<Comorbidity> LupusComorbidities(DateOnly onset, bool nephritis)
    {
        var list = new List<Comorbidity>();
        if (random.NextDouble() < (nephritis ? 0.45 : 0.2))
        {
            list.Add(new() { Code = ClinicalCode.Icd10("I10", "Essential (primary) hypertension"), Onset = Clamp(onset.AddDays(random.Next(0, 2500))) });
        }

        if (nephritis && random.NextDouble() < 0.2)
        {
            list.Add(new() { Code = ClinicalCode.Icd10("N18.3", "Chronic kidney disease, stage 3"), Onset = Clamp(onset.AddDays(random.Next(365, 3000))) });
        }

        if (random.NextDouble() < 0.12)
        {
            var start = Clamp(onset.AddDays(random.Next(0, 2000)));
            DateOnly? resolved = random.NextDouble() < 0.4 ? Clamp(start.AddDays(random.Next(180, 900))) : null;
            list.Add(new() { Code = ClinicalCode.Icd10("F32.9", "Depressive episode, unspecified"), Onset = start, Resolved = resolved });
        }

        if (random.NextDouble() < 0.05)
        {
            list.Add(new() { Code = ClinicalCode.Icd10("E11.9", "Type 2 diabetes mellitus without complications"), Onset = Clamp(onset.AddDays(random.Next(200, 3000))) });
        }

        return list;
    }

    // ---------------------------------------------------------------- systemic sclerosis

    private PatientProfile Scleroderma(SubjectId subject)
    {
        // Onset is the first non-Raynaud manifestation.
        var onset = DataCut.AddDays(-random.Next(365, 14 * 365));
        var age = random.Next(25, 71);
        var female = random.NextDouble() < 0.8;
        var diffuse = random.NextDouble() < 0.4;
        var ild = random.NextDouble() < (diffuse ? 0.55 : 0.3);
        var story = PickStory();
        var weight = Between(female ? 45 : 55, female ? 90 : 105, 1);
        var icd10Cm = random.NextDouble() < 0.5;

        ClinicalCode[] codes = icd10Cm
            ? [ClinicalCode.Icd10Cm(ild ? "M34.81" : Pick("M34.0", "M34.1", "M34.9")), ClinicalCode.SnomedCt("89155008")]
            : [ClinicalCode.Icd10(diffuse ? "M34.0" : Pick("M34.1", "M34.9")), ClinicalCode.SnomedCt("89155008")];

        var therapies = SclerodermaTherapies(onset, diffuse, ild, story);
        var visits = Visits(onset, 300, 420, 4);
        var observations = new List<Observation>();
        var scores = new List<InstrumentAssessment>();
        var fvc = Between(ild ? 55 : 78, ild ? 92 : 112, 0);
        var dlco = Between(ild ? 35 : 60, ild ? 75 : 100, 0);
        var skin = diffuse ? random.Next(14, 36) : random.Next(2, 12);
        var progressing = story is Story.PrimaryNonResponder or Story.SecondaryLossOfResponse;
        for (var v = 0; v < visits.Count; v++)
        {
            var on = visits[v];
            if (v > 0)
            {
                var years = (decimal)(on.DayNumber - visits[v - 1].DayNumber) / 365m;
                fvc = Math.Clamp(Math.Round(fvc - years * (ild && progressing ? Between(3, 9, 1) : Between(-1.5, 2, 1)), 0), 30m, 130m);
                dlco = Math.Clamp(Math.Round(dlco - years * (ild && progressing ? Between(2, 7, 1) : Between(-1.5, 2, 1)), 0), 20m, 120m);
                skin = Math.Clamp(skin + (progressing && diffuse ? random.Next(0, 5) : random.Next(-4, 2)), 0, 51);
            }

            observations.Add(Lab(on, FvcPercent, fvc, QuantityUnit.Percent));
            observations.Add(Lab(on, DlcoPercent, dlco, QuantityUnit.Percent));
            observations.Add(Lab(on, Crp, Between(0.5, progressing ? 28 : 9, 1), QuantityUnit.MilligramPerLiter, high: 5m));
            if (v == 0 || v == visits.Count - 1)
            {
                var creatinine = Between(0.55, 1.25, 2);
                observations.Add(Lab(on, Creatinine, creatinine, QuantityUnit.MilligramPerDeciliter));
                observations.Add(Lab(on, Egfr, Math.Clamp(Math.Round(95m / creatinine, 0), 20m, 130m), QuantityUnit.MilliliterPerMinutePer1_73SquareMeter));
            }

            scores.Add(new RecordedScore { On = on, Instrument = Mrss, Score = skin });
        }

        AddSkinBaseline(therapies, scores);
        var profile = new PatientProfile
        {
            Subject = subject,
            BirthYear = onset.Year - age,
            Sex = female ? Sex.Female : Sex.Male,
            BodyWeights = [.. BodyWeights(onset, weight)],
            Diagnoses =
            [
                new Diagnosis
                {
                    Disease = DiseaseId.Create("ssc"),
                    Onset = onset,
                    Codes = [.. codes],
                    Features = new SscFeatures { Subset = diffuse ? CutaneousSubset.Diffuse : CutaneousSubset.Limited, FirstNonRaynaudManifestation = onset },
                },
            ],
            Therapies = [.. therapies],
            Observations = [.. observations],
            Autoantibodies = [.. SclerodermaAntibodies(onset, diffuse)],
            Genotypes = [.. Genotypes(therapies)],
            Comorbidities = [.. SclerodermaComorbidities(onset)],
            Exposures = [.. Exposures(onset.Year - age, female, lupus: false)],
            DrugLevels = [.. DrugLevels(therapies, story)],
            RefillAdherence = [.. Refills(therapies, story)],
            AntiDrugAntibodies = [.. AntiDrugAntibodies(therapies)],
            Assessments = [.. scores],
        };
        return WithOrgans(profile, visits, ild, diffuse, progressing);
    }

    // The organ data added after the first release of the cohort: interstitial lung disease on HRCT, the revised EUSTAR
    // activity index at the visits of some patients, right-heart catheterisations (pulmonary hypertension, and pressures
    // between the 2015 and 2022 ESC/ERS thresholds), faecal calprotectin with oral mycophenolate, and refill records of
    // subcutaneous tocilizumab and oral nintedanib. They draw from a generator of their own, seeded by the subject
    // number, so that the main sequence, and with it every other field of every record, stays as it was.
    private static PatientProfile WithOrgans(PatientProfile profile, List<DateOnly> visits, bool ild, bool diffuse, bool progressing)
    {
        var extra = new Random(int.Parse(profile.Subject.Value.AsSpan(5), CultureInfo.InvariantCulture) * 7919 + 104_729);
        bool? ildOnHrct = extra.NextDouble() < 0.85 ? ild : null;

        var scores = profile.Assessments.ToList();
        if (extra.NextDouble() < 0.6)
        {
            // The index moves in quarter points; active disease (at least 2.5) in most progressing patients.
            foreach (var on in visits)
            {
                var index = progressing && extra.NextDouble() < 0.8 ? 2.5m + (extra.Next(0, 13) * 0.25m) : extra.Next(0, 10) * 0.25m;
                scores.Add(new RecordedScore { On = on, Instrument = EustarActivity, Score = index });
            }

            // A stable sort: the activity index follows the mRSS of the same day.
            scores = [.. scores.OrderBy(a => a.On)];
        }

        ImmutableArray<SscRightHeartCatheterisation>? catheterisations = null;
        var hypertension = profile.Comorbidities.Any(c => c.Code.Code == "I27.2");
        if (visits.Count > 0 && (hypertension || (!diffuse && extra.NextDouble() < 0.1)))
        {
            // 21 to 24 mmHg: pulmonary hypertension under ESC/ERS 2022 (> 20) but not 2015 (>= 25).
            var pressure = hypertension ? 26m + extra.Next(0, 20) : 21m + extra.Next(0, 4);
            var on = visits[extra.Next(0, visits.Count)];
            catheterisations = [new SscRightHeartCatheterisation { On = on, MeanPulmonaryArterialPressure = Quantity.Create(pressure, QuantityUnit.MillimeterOfMercury) }];
        }

        bool? calprotectin = null;
        if (profile.Therapies.Any(c => c.Therapy == TherapyId.MycophenolateMofetil))
        {
            var roll = extra.NextDouble();
            calprotectin = roll < 0.3 ? true : roll < 0.6 ? false : null;
        }

        // Refills of the drugs taken at home after a first failure, mostly covering at least 80 % of days.
        var refills = profile.RefillAdherence.ToList();
        foreach (var course in profile.Therapies.Where(c => c.Therapy == TherapyId.Tocilizumab || c.Therapy == TherapyId.Nintedanib))
        {
            var to = Min(course.End ?? DataCut, DataCut);
            var from = Max(to.AddDays(-179), course.Start);
            if (from < to && extra.NextDouble() < 0.7)
            {
                var covered = extra.NextDouble() < 0.8 ? 82m + extra.Next(0, 17) : 55m + extra.Next(0, 20);
                refills.Add(new RefillAdherence { Therapy = course.Therapy, From = from, To = to, ProportionOfDaysCovered = Percentage.FromPercent(covered) });
            }
        }

        // The ACR CRISS measures of diffuse patients: patient and physician global assessments (0-10) and HAQ-DI (0-3) at
        // every visit, and at the start of the first immunosuppressive course all five (the FVC of the nearest visit),
        // so that the course's CRISS can be computed at a visit 9 to 15 months later. Worse over time when the disease
        // progresses, better otherwise.
        var observations = profile.Observations.ToList();
        var first = profile.Therapies
            .Where(c => c.Class != TherapyClass.Glucocorticoid && c.Class != TherapyClass.Antimalarial && c.Therapy != TherapyId.Nintedanib)
            .OrderBy(c => c.Start)
            .FirstOrDefault();
        if (diffuse && first is not null && visits.Count > 0 && extra.NextDouble() < 0.75)
        {
            var patient = 3m + extra.Next(0, 5);
            var physician = 2m + extra.Next(0, 5);
            var haq = 0.5m + (extra.Next(0, 7) * 0.125m);
            var step = progressing ? 1 : -1;
            var moments = visits.Append(first.Start).Distinct().Order().ToList();
            foreach (var on in moments)
            {
                var years = Math.Max(0, on.DayNumber - first.Start.DayNumber) / 365m;
                decimal Move(decimal start, decimal perYear, decimal max) => Math.Clamp(Math.Round(start + (step * perYear * years), 1), 0m, max);
                scores.Add(new RecordedScore { On = on, Instrument = SystemicSclerosisIds.PatientGlobal, Score = Move(patient, progressing ? 1.5m : 3m, 10m) });
                scores.Add(new RecordedScore { On = on, Instrument = SystemicSclerosisIds.PhysicianGlobal, Score = Move(physician, progressing ? 1.5m : 3m, 10m) });
                scores.Add(new RecordedScore { On = on, Instrument = SystemicSclerosisIds.HaqDi, Score = Math.Clamp(Math.Round(haq + (step * (progressing ? 0.25m : 0.5m) * years), 3), 0m, 3m) });
            }

            if (!observations.Exists(o => o.On == first.Start && o.Code == FvcPercent))
            {
                var nearest = observations.Where(o => o.Code == FvcPercent).MinBy(o => Math.Abs(o.On.DayNumber - first.Start.DayNumber));
                if (nearest is not null)
                {
                    observations.Add(nearest with { On = first.Start });
                    observations = [.. observations.OrderBy(o => o.On)];
                }
            }

            scores = [.. scores.OrderBy(a => a.On)];
        }

        var diagnosis = profile.Diagnoses[0];
        var features = (SscFeatures)diagnosis.Features!;
        return profile with
        {
            Diagnoses = [diagnosis with { Features = features with { InterstitialLungDisease = ildOnHrct, FaecalCalprotectinRaised = calprotectin, RightHeartCatheterisations = catheterisations } }],
            Observations = [.. observations],
            Assessments = [.. scores],
            RefillAdherence = [.. refills],
        };
    }

    // An mRSS at the start of the first immunosuppressive course, so that its skin response can be judged: the score of
    // the latest visit on or before the start, else of the first visit when that falls on the course (the skin taken as
    // unchanged from the start to that visit). Later courses keep only the visit scores, so some of them lack a
    // baseline (unknown) or are judged too early. No random draw: the records after this one stay the same.
    private static void AddSkinBaseline(List<TherapyCourse> therapies, List<InstrumentAssessment> scores)
    {
        var index = therapies
            .Where(c => c.Class != TherapyClass.Glucocorticoid && c.Class != TherapyClass.Antimalarial && c.Therapy != TherapyId.Nintedanib && c.Start <= DataCut)
            .OrderBy(c => c.Start)
            .FirstOrDefault();
        if (index is null || scores.Count == 0 || scores.Exists(s => s.On == index.Start))
        {
            return;
        }

        var last = index.End is { } end && end < DataCut ? end : DataCut;
        var before = scores.LastOrDefault(s => s.On < index.Start);
        var source = before ?? (scores[0].On <= last ? scores[0] : null);
        if (source is not RecordedScore { } score)
        {
            return;
        }

        scores.Add(score with { On = index.Start });
        scores.Sort((a, b) => a.On.CompareTo(b.On));
    }

    private List<TherapyCourse> SclerodermaTherapies(DateOnly onset, bool diffuse, bool ild, Story story)
    {
        var courses = new List<TherapyCourse>();
        var start = onset.AddDays(random.Next(30, 400));
        var fails = story is Story.PrimaryNonResponder or Story.SecondaryLossOfResponse;
        DateOnly? end = fails ? start.AddDays(story == Story.PrimaryNonResponder ? random.Next(240, 400) : random.Next(700, 1200)) : null;
        StopReason? reason = fails ? StopReason.Inefficacy : story == Story.NonAdherent && random.NextDouble() < 0.3 ? StopReason.NonAdherence : null;
        if (reason == StopReason.NonAdherence)
        {
            end = start.AddDays(random.Next(200, 700));
        }

        var first = diffuse || ild || random.NextDouble() < 0.5
            ? Course(TherapyId.MycophenolateMofetil, start, new DoseRegimen(Dose.Milligrams(1000m), administrations: 2), end, reason, [(30, 1500m)])
            : Course(TherapyId.Methotrexate, start, new DoseRegimen(Dose.Milligrams(15m), intervalDays: 7), end, reason, [(42, 20m)]);
        Add(courses, first);

        if (first?.StopReason == StopReason.Inefficacy && first.End is { } firstEnd)
        {
            var next = firstEnd.AddDays(random.Next(14, 90));
            var roll = random.NextDouble();
            Add(courses, roll < 0.3
                ? Course(TherapyId.Rituximab, next, new DoseRegimen(Dose.Grams(1m), intervalDays: 14, totalAdministrations: 2), next.AddDays(14), StopReason.Other, route: Route.Intravenous)
                : roll < 0.55
                    ? Course(TherapyId.Tocilizumab, next, new DoseRegimen(Dose.Milligrams(162m), intervalDays: 7), null, null, route: Route.Subcutaneous)
                    : roll < 0.8
                        ? Course(TherapyId.Cyclophosphamide, next, new DoseRegimen(Dose.Milligrams(750m), intervalDays: 28, totalAdministrations: 6), next.AddDays(140), StopReason.Other, route: Route.Intravenous)
                        : Course(TherapyId.AutologousStemCellTransplant, next, null, next, StopReason.Other, route: Route.Intravenous));
        }

        if (ild && random.NextDouble() < 0.45)
        {
            Add(courses, Course(TherapyId.Nintedanib, onset.AddDays(random.Next(200, 1500)), new DoseRegimen(Dose.Milligrams(150m), administrations: 2), null, null));
        }

        // Glucocorticoids: mostly low dose; a few patients receive 15-20 mg/day, the range linked to renal crisis.
        var steroid = random.NextDouble();
        if (steroid < 0.35)
        {
            var gcStart = onset.AddDays(random.Next(0, 1500));
            var high = steroid < 0.08;
            var dose = high ? Pick(15m, 20m) : Pick(2.5m, 5m, 7.5m, 10m);
            Add(courses, Course(TherapyId.Prednisone, gcStart, DoseRegimen.Daily(Dose.Milligrams(dose)), high ? gcStart.AddDays(random.Next(60, 240)) : null, high ? StopReason.Other : null, high ? [(30, dose / 2)] : null));
        }

        if (random.NextDouble() < 0.04)
        {
            Add(courses, Course(TherapyId.Hydroxychloroquine, onset.AddDays(random.Next(0, 600)), DoseRegimen.Daily(Dose.Milligrams(200m)), null, null));
        }

        return courses;
    }

    private List<AutoantibodyResult> SclerodermaAntibodies(DateOnly onset, bool diffuse)
    {
        var on = onset.AddDays(-random.Next(0, 120));
        var roll = random.NextDouble();
        var specific = diffuse
            ? roll < 0.45 ? AutoantibodyId.AntiTopoisomerase1 : roll < 0.75 ? AutoantibodyId.AntiRnaPolymerase3 : (AutoantibodyId?)null
            : roll < 0.55 ? AutoantibodyId.AntiCentromere : roll < 0.75 ? AutoantibodyId.AntiTopoisomerase1 : null;
        return
        [
            new() { Antibody = AutoantibodyId.Ana, On = on, Positive = random.NextDouble() < 0.95, TiterDenominator = Pick(80, 160, 320, 640, 1280), Code = AnaTiter },
            new() { Antibody = AutoantibodyId.AntiTopoisomerase1, On = on, Positive = specific == AutoantibodyId.AntiTopoisomerase1 },
            new() { Antibody = AutoantibodyId.AntiCentromere, On = on, Positive = specific == AutoantibodyId.AntiCentromere },
            new() { Antibody = AutoantibodyId.AntiRnaPolymerase3, On = on, Positive = specific == AutoantibodyId.AntiRnaPolymerase3 },
        ];
    }

    private List<Comorbidity> SclerodermaComorbidities(DateOnly onset)
    {
        var list = new List<Comorbidity>();
        if (random.NextDouble() < 0.55)
        {
            list.Add(new() { Code = ClinicalCode.Icd10("K21.9", "Gastro-oesophageal reflux disease without oesophagitis"), Onset = Clamp(onset.AddDays(random.Next(-300, 1500))) });
        }

        if (random.NextDouble() < 0.1)
        {
            list.Add(new() { Code = ClinicalCode.Icd10("I27.2", "Other secondary pulmonary hypertension"), Onset = Clamp(onset.AddDays(random.Next(365, 4000))) });
        }

        if (random.NextDouble() < 0.2)
        {
            list.Add(new() { Code = ClinicalCode.Icd10("I10", "Essential (primary) hypertension"), Onset = Clamp(onset.AddDays(random.Next(-2000, 3000))) });
        }

        if (random.NextDouble() < 0.04)
        {
            list.Add(new() { Code = ClinicalCode.Icd10("N18.3", "Chronic kidney disease, stage 3"), Onset = Clamp(onset.AddDays(random.Next(365, 3000))) });
        }

        return list;
    }

    // ---------------------------------------------------------------- shared pieces

    private Story PickStory()
    {
        var roll = random.NextDouble();
        return roll < 0.45 ? Story.Responder
            : roll < 0.6 ? Story.PrimaryNonResponder
            : roll < 0.75 ? Story.SecondaryLossOfResponse
            : roll < 0.88 ? Story.NonAdherent
            : Story.GlucocorticoidDependent;
    }

    // A course that starts on or before the data cut; later dose changes and an end after the data cut are dropped.
    private static TherapyCourse? Course(
        TherapyId therapy,
        DateOnly start,
        DoseRegimen? regimen,
        DateOnly? end,
        StopReason? reason,
        IEnumerable<(int Day, decimal Mg)>? changes = null,
        Route? route = null)
    {
        if (start > DataCut)
        {
            return null;
        }

        if (end > DataCut)
        {
            (end, reason) = (null, null);
        }

        var definition = TherapyCatalog.BuiltIn.TryGet(therapy, out var d) ? d : throw new InvalidOperationException($"{therapy} is not in the catalog.");
        var doseChanges = new List<DoseChange>();
        foreach (var (day, mg) in changes ?? [])
        {
            var on = start.AddDays(day);
            if (on <= DataCut && (end is null || on <= end) && regimen is not null)
            {
                doseChanges.Add(new DoseChange
                {
                    On = on,
                    Regimen = regimen with { Dose = Dose.Milligrams(RoundDose(mg)) },
                });
            }
        }

        return new TherapyCourse
        {
            Therapy = therapy,
            Class = definition.Class,
            Code = definition.Atc?.WithDisplay(null),
            Route = route ?? Route.Oral,
            Regimen = regimen,
            DoseChanges = [.. doseChanges],
            Start = start,
            End = end,
            StopReason = end is null ? null : reason,
        };
    }

    private static void Add(List<TherapyCourse> courses, TherapyCourse? course)
    {
        if (course is not null)
        {
            courses.Add(course);
        }
    }

    // Clinic visits every minDays to maxDays from three months after onset (or three years before the data cut).
    private List<DateOnly> Visits(DateOnly onset, int minDays, int maxDays, int max)
    {
        var first = onset.AddDays(90);
        var window = DataCut.AddDays(-3 * 365);
        var on = (first > window ? first : window).AddDays(random.Next(0, 60));
        var visits = new List<DateOnly>();
        while (on <= DataCut && visits.Count < max)
        {
            visits.Add(on);
            on = on.AddDays(random.Next(minDays, maxDays));
        }

        if (visits.Count == 0)
        {
            visits.Add(DataCut.AddDays(-random.Next(0, 30)));
        }

        return visits;
    }

    private List<BodyWeightMeasurement> BodyWeights(DateOnly onset, decimal weight)
    {
        var list = new List<BodyWeightMeasurement> { new() { On = onset, Weight = BodyWeight.Kilograms(weight) } };
        if (random.NextDouble() < 0.6)
        {
            list.Add(new() { On = DataCut.AddDays(-random.Next(0, 400)), Weight = BodyWeight.Kilograms(Math.Max(40m, weight + Between(-6, 8, 1))) });
        }

        return list;
    }

    // Pharmacogenomic results where a clinician would have ordered them: TPMT/NUDT15 before azathioprine, CYP3A5 before
    // tacrolimus, FCGR3A in some patients given rituximab, and a few pre-emptive panels.
    private List<GenotypeResult> Genotypes(List<TherapyCourse> therapies)
    {
        var list = new List<GenotypeResult>();
        var azathioprine = therapies.Find(c => c.Therapy == TherapyId.Azathioprine);
        var panel = random.NextDouble() < 0.05;
        if ((azathioprine is not null && random.NextDouble() < 0.85) || panel)
        {
            var on = (azathioprine?.Start ?? DataCut).AddDays(-random.Next(7, 40));
            var roll = random.NextDouble();
            list.Add(roll < 0.89 ? Genotype(GeneSymbol.Tpmt, "*1/*1", GenePhenotype.NormalMetabolizer, on)
                : roll < 0.99 ? Genotype(GeneSymbol.Tpmt, Pick("*1/*3A", "*1/*3C", "*1/*2"), GenePhenotype.IntermediateMetabolizer, on)
                : Genotype(GeneSymbol.Tpmt, "*3A/*3A", GenePhenotype.PoorMetabolizer, on));
            if (random.NextDouble() < 0.6)
            {
                list.Add(random.NextDouble() < 0.93
                    ? Genotype(GeneSymbol.Nudt15, "*1/*1", GenePhenotype.NormalMetabolizer, on)
                    : Genotype(GeneSymbol.Nudt15, "*1/*3", GenePhenotype.IntermediateMetabolizer, on));
            }
        }

        var tacrolimus = therapies.Find(c => c.Therapy == TherapyId.Tacrolimus);
        if ((tacrolimus is not null && random.NextDouble() < 0.8) || panel)
        {
            var on = (tacrolimus?.Start ?? DataCut).AddDays(-random.Next(7, 40));
            var roll = random.NextDouble();
            list.Add(roll < 0.75 ? Genotype(GeneSymbol.Cyp3a5, "*3/*3", GenePhenotype.PoorMetabolizer, on)
                : roll < 0.95 ? Genotype(GeneSymbol.Cyp3a5, "*1/*3", GenePhenotype.IntermediateMetabolizer, on)
                : Genotype(GeneSymbol.Cyp3a5, "*1/*1", GenePhenotype.NormalMetabolizer, on));
        }

        if (therapies.Exists(c => c.Therapy == TherapyId.Rituximab) && random.NextDouble() < 0.5)
        {
            // FCGR3A has no star alleles: the 158V/F variant (rs396991) is reported as the diplotype.
            list.Add(new GenotypeResult { Gene = GeneSymbol.Fcgr3a, Diplotype = Pick("158V/V", "158V/F", "158V/F", "158F/F") });
        }

        return list;
    }

    private static GenotypeResult Genotype(GeneSymbol gene, string diplotype, GenePhenotype phenotype, DateOnly on) =>
        new() { Gene = gene, Diplotype = diplotype, Phenotype = phenotype, On = Clamp(on) };

    // Hydroxychloroquine levels in whole blood (LOINC 95921-3) or serum (3684-8); non-adherent patients run low.
    private List<DrugLevel> DrugLevels(List<TherapyCourse> therapies, Story story)
    {
        var list = new List<DrugLevel>();
        var hcq = therapies.Find(c => c.Therapy == TherapyId.Hydroxychloroquine);
        if (hcq is null || random.NextDouble() >= (story == Story.NonAdherent ? 0.7 : 0.4))
        {
            return list;
        }

        var last = hcq.End ?? DataCut;
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var on = hcq.Start.AddDays(120 + (int)((last.DayNumber - hcq.Start.DayNumber - 120) * (i + 1.0) / (count + 1)));
            if (on <= hcq.Start || on > last)
            {
                continue;
            }

            var adherent = story != Story.NonAdherent || random.NextDouble() < 0.2;
            var wholeBlood = random.NextDouble() < 0.7;
            var level = wholeBlood
                ? adherent ? Between(320, 1600, 0) : Between(0, 190, 0)
                : adherent ? Between(140, 720, 0) : Between(0, 100, 0);
            list.Add(new DrugLevel
            {
                On = on,
                Therapy = TherapyId.Hydroxychloroquine,
                Matrix = wholeBlood ? SampleMatrix.WholeBlood : SampleMatrix.Serum,
                Level = Concentration.NanogramsPerMilliliter(level),
                Code = wholeBlood ? HcqWholeBlood : HcqSerum,
            });
        }

        return list;
    }

    // Anti-drug antibodies measured in some patients months after an anti-CD20 course.
    private List<AntiDrugAntibodyResult> AntiDrugAntibodies(List<TherapyCourse> therapies)
    {
        var list = new List<AntiDrugAntibodyResult>();
        foreach (var course in therapies)
        {
            var on = course.Start.AddDays(random.Next(150, 240));
            if (course.Class == TherapyClass.AntiCd20 && on <= DataCut && random.NextDouble() < 0.4)
            {
                list.Add(new AntiDrugAntibodyResult { On = on, Therapy = course.Therapy, Positive = random.NextDouble() < 0.2 });
            }
        }

        return list;
    }

    // Refill-based proportion of days covered, in consecutive 180-day windows, for oral maintenance drugs.
    private List<RefillAdherence> Refills(List<TherapyCourse> therapies, Story story)
    {
        var list = new List<RefillAdherence>();
        if (random.NextDouble() >= 0.35)
        {
            return list;
        }

        foreach (var course in therapies)
        {
            if (course.Therapy != TherapyId.Hydroxychloroquine && course.Therapy != TherapyId.MycophenolateMofetil)
            {
                continue;
            }

            var to = course.End ?? DataCut;
            var windows = random.Next(1, 4);
            for (var w = 0; w < windows; w++)
            {
                var from = to.AddDays(-179);
                if (from < course.Start)
                {
                    break;
                }

                var adherent = story != Story.NonAdherent || random.NextDouble() < 0.25;
                list.Insert(0, new RefillAdherence
                {
                    Therapy = course.Therapy,
                    From = from,
                    To = to,
                    ProportionOfDaysCovered = Percentage.FromPercent(adherent ? Between(81, 100, 1) : Between(28, 76, 1)),
                });
                to = from.AddDays(-1);
            }
        }

        return list;
    }

    private List<Exposure> Exposures(int birthYear, bool female, bool lupus)
    {
        var list = new List<Exposure>();
        var roll = random.NextDouble();
        var startedSmoking = new DateOnly(birthYear + random.Next(15, 26), random.Next(1, 13), 1);
        list.Add(roll < 0.6 || startedSmoking > DataCut
            ? new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Never }
            : roll < 0.85
                ? new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Former, From = startedSmoking, To = Clamp(startedSmoking.AddYears(random.Next(2, 20))) }
                : new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Current, From = startedSmoking });

        if (lupus && random.NextDouble() < 0.15)
        {
            list.Add(new Exposure { Kind = ExposureKind.UvLight, Status = ExposureStatus.Current });
        }

        if (!lupus && !female && random.NextDouble() < 0.3)
        {
            var from = new DateOnly(birthYear + random.Next(18, 30), 1, 1);
            list.Add(new Exposure { Kind = ExposureKind.Silica, Status = ExposureStatus.Former, From = Clamp(from), To = Clamp(from.AddYears(random.Next(3, 20))) });
        }

        if (!lupus && random.NextDouble() < 0.05)
        {
            list.Add(new Exposure { Kind = ExposureKind.OrganicSolvents, Status = Pick(ExposureStatus.Former, ExposureStatus.Current) });
        }

        return list;
    }

    private static Observation Lab(DateOnly on, ClinicalCode code, decimal value, QuantityUnit unit, decimal? low = null, decimal? high = null) => new()
    {
        On = on,
        Code = code,
        Value = Quantity.Create(value, unit),
        ReferenceLow = low is { } l ? Quantity.Create(l, unit) : null,
        ReferenceHigh = high is { } h ? Quantity.Create(h, unit) : null,
    };

    private static DateOnly Clamp(DateOnly date) => date > DataCut ? DataCut : date;

    private static decimal RoundDose(decimal mg) => mg >= 10m ? RoundTo(mg, 2.5m) : Math.Round(mg, 1);

    private static decimal RoundTo(decimal value, decimal step) => Math.Round(value / step, MidpointRounding.AwayFromZero) * step;

    private decimal Between(double min, double max, int decimals) =>
        Math.Round((decimal)(min + (random.NextDouble() * (max - min))), decimals, MidpointRounding.AwayFromZero);

    private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
}

// The course a synthetic lupus patient follows (not written to the file): it shapes courses, activity and evidence.
internal enum LupusScenario
{
    Responder,
    PartialResponder,
    PrimaryNonResponder,
    SecondaryLossOfResponse,
    DoseEscalation,
    Intolerance,
    RecentStart,
    GlucocorticoidDependent,
    SevereRefractory,
    RemissionOffTherapy,
    RituximabRetreated,
    RegistryTotals,
    NephritisComplete,
    NephritisPartial,
    NephritisRefractory,
    NephritisNonAdherent,
    NephritisInadequateDose,
    NephritisEarly,
    NephritisNoBaseline,
}

// The organ systems a patient's SLEDAI-2K activity shows up in.
internal enum ActivityPattern
{
    MultiOrgan,
    Mucocutaneous,
    Musculoskeletal,
    Renal,
}

internal enum AdherenceClass
{
    Adherent,
    NonAdherent,
    Unknown,
}

// What the record holds that shows (non-)adherence: a hydroxychloroquine level or refill coverage.
internal enum AdherenceEvidence
{
    None,
    WholeBloodAdequate,
    WholeBloodLow,
    WholeBloodUndetectable,
    SerumAdequate,
    SerumLow,
    RefillsAdequate,
    RefillsLow,
}

internal enum GlucocorticoidPlan
{
    Tapered,
    Persistent,
    Dependent,
}

// One planned lupus visit: the extra-renal SLEDAI-2K total, and UPCR (g/g) and eGFR for patients with nephritis.
internal sealed record LupusVisit(DateOnly On, int Total, decimal? Upcr = null, decimal? Egfr = null, bool RenalActive = false);

// What the generator decides about one lupus patient before writing the profile.
internal sealed class LupusCase
{
    public required LupusScenario Scenario { get; init; }

    public required int Variant { get; init; }

    public required DateOnly Onset { get; init; }

    public required DateOnly Window { get; init; }

    public required decimal Weight { get; init; }

    public required ActivityPattern Pattern { get; init; }

    public required bool Serological { get; init; }

    public required bool Nephritis { get; init; }

    public DateOnly? BiopsyOn { get; set; }

    public TherapyCourse? Hydroxychloroquine { get; set; }

    public AdherenceClass Adherence { get; set; } = AdherenceClass.Unknown;

    public AdherenceEvidence? Evidence { get; set; }

    public bool RecordedTotalsOnly { get; set; }

    public bool NoSledai { get; set; }

    public bool PulseAtFlare { get; set; }

    public bool Pga { get; set; }

    public bool Bilag { get; set; }

    public DateOnly? FlareOn { get; set; }

    public DateOnly? PulseOn { get; set; }

    public List<TherapyCourse> Courses { get; } = [];

    public List<LupusVisit> Visits { get; } = [];

    public List<GenotypeResult> Genotypes { get; } = [];

    public List<AntiDrugAntibodyResult> AntiDrugAntibodies { get; } = [];

    public List<InstrumentAssessment> Extra { get; } = [];
}

// A shuffled deck: every card is dealt once before the deck is shuffled again, so each occurs in fixed proportion.
internal sealed class Deck<T>(Random random, T[] cards)
{
    private readonly T[] _order = [.. cards];
    private int _next = cards.Length;

    public T Draw()
    {
        if (_next == _order.Length)
        {
            for (var i = _order.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (_order[i], _order[j]) = (_order[j], _order[i]);
            }

            _next = 0;
        }

        return _order[_next++];
    }
}
