using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Everything the library knows about one pseudonymous patient: demographics, diagnoses, therapy courses and the
/// dated facts (observations, antibodies, genotypes, drug levels, refills, instrument assessments) that evaluators read.
/// One profile flows through a <see cref="ResistancePipeline"/> as one immutable value.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: every collection is an <see cref="ImmutableArray{T}"/>, and assigning <c>default</c> to one stores an
/// empty array, so a profile never holds a null or default collection. Record equality compares collections by
/// reference (as <see cref="ImmutableArray{T}"/> does); compare serialized JSON, or
/// <see cref="ResistanceJson.ComputeContentHash(PatientProfile)"/>, for value equality.
/// </para>
/// <para>
/// Construction does not validate clinical consistency (an end date before a start date, say): call
/// <see cref="ResistancePipeline.Validate(PatientProfile)"/>, which reports every problem with its JSON path. The
/// pipeline validates each profile before evaluating it.
/// </para>
/// <para>In JSON a profile is a document with <c>"schemaVersion": 1</c>; see <c>docs/json-contract.md</c>.</para>
/// </remarks>
[DebuggerDisplay("Subject = {Subject}, Diagnoses = {Diagnoses.Length}, Therapies = {Therapies.Length}")]
public sealed record PatientProfile
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the version of the JSON contract the profile was written for.</summary>
    /// <value>
    /// Defaults to <see cref="CurrentSchemaVersion"/> in code; a JSON document must state it (a document without it
    /// is rejected), and validation rejects any version other than <see cref="CurrentSchemaVersion"/>.
    /// </value>
    [JsonRequired]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the pseudonymous subject identifier.</summary>
    public required SubjectId Subject { get; init; }

    /// <summary>Gets the year of birth (a year rather than a date keeps the profile less identifying).</summary>
    /// <value><see langword="null"/> when unknown; validation accepts 1900 to 2100.</value>
    public int? BirthYear { get; init; }

    /// <summary>Gets the recorded sex.</summary>
    /// <value>Defaults to <see cref="Sex.Unknown"/>.</value>
    public Sex Sex { get; init; }

    /// <summary>Gets the dated body-weight measurements (needed for weight-based doses such as hydroxychloroquine mg/kg).</summary>
    public ImmutableArray<BodyWeightMeasurement> BodyWeights { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the diagnoses, each naming a disease module's <see cref="DiseaseId"/>.</summary>
    public ImmutableArray<Diagnosis> Diagnoses { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the therapy courses, in any order.</summary>
    public ImmutableArray<TherapyCourse> Therapies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets laboratory and physiological observations.</summary>
    public ImmutableArray<Observation> Observations { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets autoantibody results.</summary>
    public ImmutableArray<AutoantibodyResult> Autoantibodies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets pharmacogenomic and biomarker genotype results.</summary>
    public ImmutableArray<GenotypeResult> Genotypes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets comorbidities.</summary>
    public ImmutableArray<Comorbidity> Comorbidities { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets environmental and behavioural exposures.</summary>
    public ImmutableArray<Exposure> Exposures { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets measured drug levels, the most direct adherence evidence.</summary>
    public ImmutableArray<DrugLevel> DrugLevels { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets refill-based adherence (proportion of days covered) per therapy and period.</summary>
    public ImmutableArray<RefillAdherence> RefillAdherence { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets anti-drug antibody results (for example anti-rituximab antibodies).</summary>
    public ImmutableArray<AntiDrugAntibodyResult> AntiDrugAntibodies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets dated clinical-instrument assessments; their concrete types come from disease modules.</summary>
    public ImmutableArray<InstrumentAssessment> Assessments { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Returns whether the profile has a diagnosis of <paramref name="disease"/>.</summary>
    /// <param name="disease">The disease to look for.</param>
    /// <returns><see langword="true"/> when any diagnosis names <paramref name="disease"/>.</returns>
    public bool HasDiagnosis(DiseaseId disease)
    {
        foreach (var diagnosis in Diagnoses)
        {
            if (diagnosis.Disease == disease)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns the body weight in force on <paramref name="date"/>: the latest measurement on or before it, or, when
    /// none precedes it, the earliest measurement after it.
    /// </summary>
    /// <param name="date">The date of interest.</param>
    /// <returns>The measurement, or <see langword="null"/> when the profile has no body weight.</returns>
    public BodyWeightMeasurement? BodyWeightOn(DateOnly date)
    {
        BodyWeightMeasurement? before = null;
        BodyWeightMeasurement? after = null;
        foreach (var measurement in BodyWeights)
        {
            if (measurement.On <= date)
            {
                if (before is null || measurement.On > before.On)
                {
                    before = measurement;
                }
            }
            else if (after is null || measurement.On < after.On)
            {
                after = measurement;
            }
        }

        return before ?? after;
    }

    /// <summary>
    /// Returns the latest date recorded anywhere in the profile (therapy starts and ends, dose changes, observations,
    /// assessments, drug levels, ...). The pipeline uses it as the default evaluation date, so that an evaluation is a
    /// pure function of the profile and never of the clock.
    /// </summary>
    /// <returns>The latest date, or <see langword="null"/> when the profile holds no date at all.</returns>
    public DateOnly? LatestRecordedDate()
    {
        DateOnly? latest = null;
        void Consider(DateOnly? date)
        {
            if (date is { } d && (latest is null || d > latest))
            {
                latest = d;
            }
        }

        foreach (var x in BodyWeights) { Consider(x.On); }
        foreach (var x in Diagnoses) { Consider(x.Onset); }
        foreach (var x in Therapies)
        {
            Consider(x.Start);
            Consider(x.End);
            foreach (var change in x.DoseChanges) { Consider(change.On); }
        }

        foreach (var x in Observations) { Consider(x.On); }
        foreach (var x in Autoantibodies) { Consider(x.On); }
        foreach (var x in Genotypes) { Consider(x.On); }
        foreach (var x in Comorbidities) { Consider(x.Onset); Consider(x.Resolved); }
        foreach (var x in Exposures) { Consider(x.From); Consider(x.To); }
        foreach (var x in DrugLevels) { Consider(x.On); }
        foreach (var x in RefillAdherence) { Consider(x.To); }
        foreach (var x in AntiDrugAntibodies) { Consider(x.On); }
        foreach (var x in Assessments) { Consider(x.On); }
        return latest;
    }
}
