#:project ../../src/AutoimmuneResistance

// Generates seeds/demo-cohort.jsonl: a deterministic cohort of entirely synthetic patients with systemic lupus
// erythematosus ("sle") and systemic sclerosis ("ssc"), one PatientProfile per line, written with the library's own
// JSON contract. About 3 % of the lines are invalid on purpose, so that the quick start can show path-qualified errors.
//
//   dotnet run samples/DemoCohort/generate-demo-cohort.cs                 (writes seeds/demo-cohort.jsonl)
//   dotnet run samples/DemoCohort/generate-demo-cohort.cs -- other.jsonl  (writes elsewhere)
//
// The output is byte-identical on every run: a fixed Random seed, a fixed data-cut date (never the clock), no
// hash-ordered collections, '\n' line ends and no byte-order mark. Codes are real (ICD-10, ICD-10-CM, SNOMED CT, LOINC;
// see docs/codes.md); people, dates and values are invented. See seeds/demo-cohort.md.

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AutoimmuneResistance;

const int Seed = 20261122;
const int Records = 300;

var output = args.Length > 0 ? Path.GetFullPath(args[0]) : DefaultOutputPath();
var pipeline = new ResistancePipelineBuilder().Build();
var cohort = new DemoCohort(new Random(Seed), pipeline);
var bytes = cohort.Generate(Records);

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.WriteAllBytes(output, bytes);
Console.WriteLine($"Wrote {Records} records ({DemoCohort.InvalidCount} invalid on purpose), {bytes.Length:N0} bytes, to {output}");
Console.WriteLine($"sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}");

// seeds/demo-cohort.jsonl next to this file's repository; falls back to the repository above the working directory.
static string DefaultOutputPath([CallerFilePath] string sourceFile = "")
{
    var start = File.Exists(sourceFile) ? Path.GetDirectoryName(sourceFile)! : Environment.CurrentDirectory;
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
        {
            return Path.Combine(directory.FullName, "seeds", "demo-cohort.jsonl");
        }
    }

    throw new InvalidOperationException("Run from inside the repository, or pass the output path as an argument.");
}

// The clinical course a synthetic patient follows; it shapes activity, adherence and why therapies stop.
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

    public static int InvalidCount => InvalidRecords.Length;

    public byte[] Generate(int records)
    {
        var text = new StringBuilder();
        for (var number = 1; number <= records; number++)
        {
            var profile = Patient(number);
            var problem = Array.Find(InvalidRecords, r => r.Record == number).Problem;
            var line = problem is null ? Valid(profile) : Invalid(profile, problem);
            text.Append(line).Append('\n');
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
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
                    DoseChanges = profile.Therapies[0].DoseChanges.Add(new DoseChange
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
        return roll < 0.59 ? Lupus(subject, overlap: false)
            : roll < 0.98 ? Scleroderma(subject)
            : Lupus(subject, overlap: true);
    }

    // ---------------------------------------------------------------- systemic lupus erythematosus

    private PatientProfile Lupus(SubjectId subject, bool overlap)
    {
        var onset = DataCut.AddDays(-random.Next(2 * 365, 15 * 365));
        var age = random.Next(16, 61);
        var female = random.NextDouble() < 0.88;
        var nephritis = random.NextDouble() < 0.35;
        var story = PickStory();
        var weight = Between(female ? 48 : 60, female ? 95 : 115, 1);
        var icd10Cm = random.NextDouble() < 0.5;

        ClinicalCode[] codes = nephritis
            ? icd10Cm
                ? [ClinicalCode.Icd10Cm("M32.14", "Glomerular disease in systemic lupus erythematosus"), ClinicalCode.SnomedCt("68815009")]
                : [ClinicalCode.Icd10("M32.1"), ClinicalCode.Icd10("N08.5"), ClinicalCode.SnomedCt("68815009")]
            : icd10Cm
                ? [ClinicalCode.Icd10Cm(Pick("M32.10", "M32.19", "M32.9")), ClinicalCode.SnomedCt("55464009")]
                : [ClinicalCode.Icd10(Pick("M32.1", "M32.8", "M32.9")), ClinicalCode.SnomedCt("55464009")];
        var diagnoses = new List<Diagnosis> { new() { Disease = DiseaseId.Create("sle"), Onset = onset, Codes = [.. codes] } };
        if (overlap)
        {
            diagnoses.Add(new Diagnosis
            {
                Disease = DiseaseId.Create("ssc"),
                Onset = Clamp(onset.AddDays(random.Next(180, 1500))),
                Codes = [ClinicalCode.Icd10("M34.1"), ClinicalCode.SnomedCt("89155008")],
            });
        }

        var therapies = LupusTherapies(onset, nephritis, story, weight);
        var visits = Visits(onset, 150, 250, 4);
        var (observations, scores) = LupusVisits(visits, nephritis, story);

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
            Genotypes = [.. Genotypes(therapies)],
            Comorbidities = [.. LupusComorbidities(onset, nephritis)],
            Exposures = [.. Exposures(onset.Year - age, female, lupus: true)],
            DrugLevels = [.. DrugLevels(therapies, story)],
            RefillAdherence = [.. Refills(therapies, story)],
            AntiDrugAntibodies = [.. AntiDrugAntibodies(therapies)],
            Assessments = [.. scores],
        };
    }

    private List<TherapyCourse> LupusTherapies(DateOnly onset, bool nephritis, Story story, decimal weight)
    {
        var courses = new List<TherapyCourse>();

        if (random.NextDouble() < 0.94)
        {
            var dose = weight < 62m
                ? Pick(DoseRegimen.Daily(Dose.Milligrams(200m)), new DoseRegimen(Dose.Milligrams(600m), intervalDays: 2))
                : Pick(DoseRegimen.Daily(Dose.Milligrams(400m)), new DoseRegimen(Dose.Milligrams(200m), administrations: 2));
            var start = onset.AddDays(random.Next(0, 45));
            var (end, reason) = story == Story.NonAdherent && random.NextDouble() < 0.3
                ? (start.AddDays(random.Next(300, 1200)), StopReason.NonAdherence)
                : random.NextDouble() < 0.05
                    ? (start.AddDays(random.Next(900, 3000)), StopReason.AdverseEvent)
                    : ((DateOnly?)null, (StopReason?)null);
            Add(courses, Course(TherapyId.Hydroxychloroquine, start, dose, end, reason));
        }

        // Prednisone: a starting dose, tapered; glucocorticoid-dependent patients flare on the way down.
        if (random.NextDouble() < 0.82)
        {
            var start = onset.AddDays(random.Next(0, 30));
            var initial = nephritis ? Pick(40m, 50m, 60m) : Pick(10m, 15m, 20m, 30m);
            var maintenance = story == Story.GlucocorticoidDependent ? Pick(10m, 12.5m, 15m) : Pick(2.5m, 5m, 5m, 7.5m);
            List<(int Day, decimal Mg)> taper = [(28, initial * 0.75m), (56, initial / 2), (112, Math.Max(maintenance, 10m)), (200, maintenance)];
            if (story == Story.GlucocorticoidDependent)
            {
                taper.Add((random.Next(300, 500), 5m));
                taper.Add((random.Next(520, 700), 20m));
                taper.Add((random.Next(720, 900), maintenance));
            }

            var stops = story == Story.Responder && random.NextDouble() < 0.5;
            DateOnly? end = stops ? start.AddDays(random.Next(400, 1100)) : null;
            Add(courses, Course(TherapyId.Prednisone, start, DoseRegimen.Daily(Dose.Milligrams(RoundDose(initial))), end, stops ? StopReason.Remission : null, taper));
        }

        // First immunosuppressant; non-responders and patients who lose response move on to a second and third line.
        if (nephritis || random.NextDouble() < 0.6)
        {
            var start = onset.AddDays(random.Next(nephritis ? 0 : 60, nephritis ? 30 : 720));
            var (first, regimen, changes) = nephritis
                ? (TherapyId.MycophenolateMofetil, new DoseRegimen(Dose.Milligrams(1000m), administrations: 2), new List<(int, decimal)> { (28, 1500m) })
                : Pick(
                    (TherapyId.Azathioprine, DoseRegimen.Daily(Dose.Milligrams(RoundTo(weight * 2m, 25m))), new List<(int, decimal)>()),
                    (TherapyId.Methotrexate, new DoseRegimen(Dose.Milligrams(15m), intervalDays: 7), new List<(int, decimal)> { (56, 20m) }),
                    (TherapyId.MycophenolateMofetil, new DoseRegimen(Dose.Milligrams(1000m), administrations: 2), new List<(int, decimal)>()));
            var (end, reason) = story switch
            {
                Story.PrimaryNonResponder => (start.AddDays(random.Next(180, 300)), StopReason.Inefficacy),
                Story.SecondaryLossOfResponse => (start.AddDays(random.Next(700, 1100)), StopReason.Inefficacy),
                Story.NonAdherent when random.NextDouble() < 0.3 => (start.AddDays(random.Next(200, 600)), StopReason.NonAdherence),
                _ when random.NextDouble() < 0.08 => (start.AddDays(random.Next(60, 400)), StopReason.AdverseEvent),
                _ => ((DateOnly?)null, (StopReason?)null),
            };
            var course = Course(first, start, regimen, end, reason, changes);
            Add(courses, course);

            if (course?.StopReason is StopReason.Inefficacy or StopReason.AdverseEvent && course.End is { } firstEnd)
            {
                var second = SecondLine(firstEnd.AddDays(random.Next(7, 60)), nephritis, story);
                Add(courses, second);
                if (second?.StopReason == StopReason.Inefficacy && second.End is { } secondEnd)
                {
                    Add(courses, ThirdLine(secondEnd.AddDays(random.Next(14, 90))));
                }
            }
        }

        return courses;
    }

    private TherapyCourse? SecondLine(DateOnly start, bool nephritis, Story story)
    {
        var fails = story == Story.PrimaryNonResponder && random.NextDouble() < 0.6;
        if (nephritis)
        {
            return random.NextDouble() < 0.6
                // Low-dose ("Euro-Lupus") intravenous cyclophosphamide: six pulses two weeks apart, a planned end.
                ? Course(
                    TherapyId.Cyclophosphamide,
                    start,
                    new DoseRegimen(Dose.Milligrams(500m), intervalDays: 14, totalAdministrations: 6),
                    start.AddDays(70),
                    fails ? StopReason.Inefficacy : StopReason.Other,
                    route: Route.Intravenous)
                : Pick(
                    Course(TherapyId.Tacrolimus, start, new DoseRegimen(Dose.Milligrams(2m), administrations: 2), fails ? start.AddDays(random.Next(180, 270)) : null, fails ? StopReason.Inefficacy : null),
                    Course(TherapyId.Voclosporin, start, new DoseRegimen(Dose.Milligrams(23.7m), administrations: 2), fails ? start.AddDays(random.Next(180, 270)) : null, fails ? StopReason.Inefficacy : null));
        }

        DateOnly? end = fails ? start.AddDays(random.Next(200, 400)) : null;
        StopReason? reason = fails ? StopReason.Inefficacy : null;
        return random.Next(3) switch
        {
            0 => random.NextDouble() < 0.5
                ? Course(TherapyId.Belimumab, start, new DoseRegimen(Dose.MilligramsPerKilogram(10m), intervalDays: 28), end, reason, route: Route.Intravenous)
                : Course(TherapyId.Belimumab, start, new DoseRegimen(Dose.Milligrams(200m), intervalDays: 7), end, reason, route: Route.Subcutaneous),
            1 => Course(TherapyId.Anifrolumab, start, new DoseRegimen(Dose.Milligrams(300m), intervalDays: 28), end, reason, route: Route.Intravenous),
            _ => Course(TherapyId.Rituximab, start, new DoseRegimen(Dose.Grams(1m), intervalDays: 14, totalAdministrations: 2), start.AddDays(14), fails ? StopReason.Inefficacy : StopReason.Other, route: Route.Intravenous),
        };
    }

    private TherapyCourse? ThirdLine(DateOnly start)
    {
        var roll = random.NextDouble();
        return roll < 0.2
            ? Course(TherapyId.Cd19CarT, start, null, start, StopReason.Other, route: Route.Intravenous)
            : roll < 0.55
                ? Course(TherapyId.Rituximab, start, new DoseRegimen(Dose.Grams(1m), intervalDays: 14, totalAdministrations: 2), start.AddDays(14), StopReason.Other, route: Route.Intravenous)
                : Course(TherapyId.Obinutuzumab, start, new DoseRegimen(Dose.Grams(1m), intervalDays: 14, totalAdministrations: 2), start.AddDays(14), StopReason.Other, route: Route.Intravenous);
    }

    private (List<Observation>, List<InstrumentAssessment>) LupusVisits(List<DateOnly> visits, bool nephritis, Story story)
    {
        var observations = new List<Observation>();
        var scores = new List<InstrumentAssessment>();
        var baselineUpcr = Between(1.2, 4.5, 2);
        for (var v = 0; v < visits.Count; v++)
        {
            var on = visits[v];
            var t = visits.Count == 1 ? 1.0 : (double)v / (visits.Count - 1);
            var activity = Activity(story, t);
            var sledai = Math.Clamp((int)Math.Round(activity * 16 + random.Next(-1, 2)), 0, 30);
            scores.Add(new RecordedScore { On = on, Instrument = Sledai2k, Score = sledai });

            var active = activity > 0.4;
            observations.Add(Lab(on, C3, active ? Between(55, 88, 0) : Between(90, 150, 0), QuantityUnit.MilligramPerDeciliter, low: 90m));
            observations.Add(Lab(on, C4, active ? Between(4, 9.5, 1) : Between(11, 32, 1), QuantityUnit.MilligramPerDeciliter, low: 10m));
            if (v % 2 == 0 || v == visits.Count - 1)
            {
                observations.Add(Lab(on, AntiDsDna, active ? Between(45, 400, 0) : Between(3, 28, 0), QuantityUnit.InternationalUnitPerMilliliter, high: 30m));
            }

            if (nephritis)
            {
                var fall = story == Story.Responder ? 0.9 * t : story == Story.SecondaryLossOfResponse ? 0.7 * (1 - Math.Abs(1.2 * t - 0.6)) : 0.15 * t;
                var upcr = Math.Max(0.05m, Math.Round(baselineUpcr * (decimal)(1 - fall) + Between(-0.1, 0.1, 2), 2));
                observations.Add(Lab(on, Upcr, upcr, QuantityUnit.GramPerGram));
            }

            if (nephritis || v == 0 || v == visits.Count - 1)
            {
                observations.Add(Lab(on, Egfr, Between(nephritis ? 38 : 70, 118, 0), QuantityUnit.MilliliterPerMinutePer1_73SquareMeter));
            }

            if (v == visits.Count - 1)
            {
                observations.Add(Lab(on, Hemoglobin, Between(9.8, 14.8, 1), QuantityUnit.GramPerDeciliter));
                observations.Add(Lab(on, Platelets, Between(active ? 85 : 150, 360, 0), QuantityUnit.BillionPerLiter));
                observations.Add(Lab(on, Leukocytes, Between(active ? 2.6 : 3.8, 9, 1), QuantityUnit.BillionPerLiter));
            }
        }

        return (observations, scores);
    }

    // Disease activity between 0 (quiet) and 1 (high) at fraction t of follow-up, by story.
    private double Activity(Story story, double t) => Math.Clamp(
        story switch
        {
            Story.Responder => 0.75 - 0.65 * t,
            Story.PrimaryNonResponder => 0.7 + 0.1 * t,
            Story.SecondaryLossOfResponse => t < 0.5 ? 0.75 - 1.0 * t : 0.25 + 1.0 * (t - 0.5),
            Story.NonAdherent => 0.65,
            _ => (int)(t * 5) % 2 == 0 ? 0.55 : 0.3, // flares whenever the dose is lowered
        } + (random.NextDouble() - 0.5) * 0.2,
        0,
        1);

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

        return new PatientProfile
        {
            Subject = subject,
            BirthYear = onset.Year - age,
            Sex = female ? Sex.Female : Sex.Male,
            BodyWeights = [.. BodyWeights(onset, weight)],
            Diagnoses = [new Diagnosis { Disease = DiseaseId.Create("ssc"), Onset = onset, Codes = [.. codes] }],
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
