using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Hydroxychloroquine dose per kg of actual body weight and blood-level interpretation, <c>sle.hydroxychloroquine</c>.
/// Thresholds come from <see cref="HydroxychloroquineDefinitions"/>: ≤ 5 mg/kg/day (Marmor MF, et al. Ophthalmology
/// 2016;123(6):1386-94, doi:10.1016/j.ophtha.2016.01.058; EULAR 2023, doi:10.1136/ard-2023-224762); whole blood
/// &lt; 200 ng/mL non-adherence (Costedoat-Chalumeau N, et al. Ann Rheum Dis 2007;66:821-4, doi:10.1136/ard.2006.067835);
/// &lt; 20 ng/mL undetectable and serum &lt; 106 ng/mL non-adherence (Blanchet B, et al. Arthritis Res Ther 2020;22:223,
/// doi:10.1186/s13075-020-02291-z); dose-adjusted serum severe non-adherence (Nguyen Y, et al. Arthritis Rheumatol
/// 2023;75(12):2195-206, doi:10.1002/art.42645).
/// </summary>
/// <remarks>
/// <para>
/// The dose is the weekly average daily dose of every hydroxychloroquine course active on the assessment date
/// (<see cref="DoseRegimen.AverageDailyDose()"/>: 400 mg and 200 mg on alternate days, entered as 600 mg every 2 days, is
/// 300 mg/day) divided by the latest actual body weight on or before that date; the patient's maximum in mg/day (5 mg/kg
/// times that weight) is reported beside it. A dose above 5 mg/kg/day is a safety flag, not a resistance finding.
/// </para>
/// <para>
/// Each level is read only against thresholds of its own matrix. A serum level's severe threshold uses the daily dose
/// in force on the specimen date; a dose other than 200 or 400 mg/day is flagged as an extrapolation.
/// </para>
/// </remarks>
public sealed class HydroxychloroquineInstrument : DefinitionSetInstrument<HydroxychloroquineInput, HydroxychloroquineResult, HydroxychloroquineDefinitions>
{
    /// <summary>The LOINC code of hydroxychloroquine in whole blood, 95921-3.</summary>
    public const string WholeBloodLoinc = "95921-3";

    /// <summary>The LOINC code of hydroxychloroquine in serum, 3684-8.</summary>
    public const string SerumLoinc = "3684-8";

    /// <summary>
    /// The smallest body weight the instrument divides a dose by, 0.001 kg: a bound of the library's own, not a clinical
    /// one. A smaller weight is an entry error, and the largest daily dose the contract accepts divided by it could leave
    /// decimal range.
    /// </summary>
    internal const decimal MinBodyWeightKilograms = 0.001m;

    /// <summary>Creates the instrument with <see cref="HydroxychloroquineDefinitions.Default"/>.</summary>
    public HydroxychloroquineInstrument()
        : this([HydroxychloroquineDefinitions.Default])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id; the first is the default.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public HydroxychloroquineInstrument(IEnumerable<HydroxychloroquineDefinitions> definitionSets)
        : base(definitionSets, TargetDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = LupusIds.Hydroxychloroquine,
        Title = "Hydroxychloroquine dose per kg and blood-level interpretation",
        Sources = [TargetCitations.Marmor2016, TargetCitations.Fanouriakis2024, TargetCitations.CostedoatChalumeau2007, TargetCitations.Blanchet2020, TargetCitations.Nguyen2023],
        Documentation = "docs/instruments/sle.hydroxychloroquine.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(HydroxychloroquineInput input, List<EvaluationDiagnostic> diagnostics) => Check(input, diagnostics);

    /// <inheritdoc/>
    protected override HydroxychloroquineResult ComputeCore(HydroxychloroquineInput input, HydroxychloroquineDefinitions definitions) => ComputeValid(input, definitions);

    private static void Check(HydroxychloroquineInput input, List<EvaluationDiagnostic> diagnostics)
    {
        for (var i = 0; i < input.Courses.Length; i++)
        {
            CheckCourse(input.Courses[i], $"$.courses[{i}]", diagnostics);
        }

        for (var i = 0; i < input.BodyWeights.Length; i++)
        {
            CheckWeight(input.BodyWeights[i], $"$.bodyWeights[{i}]", diagnostics);
        }

        for (var i = 0; i < input.Levels.Length; i++)
        {
            CheckLevel(input.Levels[i], $"$.levels[{i}]", diagnostics);
        }
    }

    /// <summary>The checks of one course; an input passes when each of its entries does (the checks are per entry).</summary>
    /// <param name="course">The course.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    internal static void CheckCourse(TherapyCourse? course, string path, List<EvaluationDiagnostic> diagnostics)
    {
        CourseChecks.Validate(course, path, diagnostics);
        if (course is not null && course.Therapy != TherapyId.Hydroxychloroquine)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.WrongTherapy, "expected a hydroxychloroquine course", $"{path}.therapy", value: DiagnosticValues.Text(course.Therapy.Value)));
        }
    }

    /// <summary>The checks of one body weight.</summary>
    /// <param name="weight">The measurement.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    internal static void CheckWeight(BodyWeightMeasurement? weight, string path, List<EvaluationDiagnostic> diagnostics)
    {
        if (weight is null || weight.Weight.ToKilograms().Value < MinBodyWeightKilograms)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                DiagnosticCodes.InvalidValue,
                "a body weight must be at least 0.001 kg (the library's own bound, not a clinical one: a dose divided by a smaller weight could leave the range of numbers the instrument computes with)",
                path, value: weight?.Weight.ToString()));
        }
    }

    /// <summary>The checks of one drug level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    internal static void CheckLevel(DrugLevel? level, string path, List<EvaluationDiagnostic> diagnostics)
    {
        if (level is null)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MissingEntry, "an entry is null", path));
            return;
        }

        if (level.Therapy != TherapyId.Hydroxychloroquine)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.WrongTherapy, "expected a hydroxychloroquine level", $"{path}.therapy", value: DiagnosticValues.Text(level.Therapy.Value)));
        }

        if (!Enum.IsDefined(level.Matrix))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, "the sample matrix is required: whole-blood, serum or plasma", $"{path}.matrix", value: DiagnosticValues.Of((int)level.Matrix)));
        }

        if (level.Code is { } code && code.CodeSystem == CodeSystem.Loinc &&
            ((code.Code == WholeBloodLoinc && level.Matrix != SampleMatrix.WholeBlood) || (code.Code == SerumLoinc && level.Matrix != SampleMatrix.Serum)))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MatrixCodeMismatch, "the LOINC code contradicts the matrix (95921-3 is whole blood, 3684-8 is serum)", $"{path}.code", value: $"{code.Code} with matrix {DiagnosticValues.Of(level.Matrix, LupusJsonContext.Default.SampleMatrix)}"));
        }

        if (!level.Level.IsMassConcentration)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.NotMassConcentration, "give the level as a mass concentration (ng/mL, ug/L, mg/L, mg/dL, g/L or g/dL)", $"{path}.level", value: level.Level.ToString()));
        }
    }

    internal static HydroxychloroquineResult ComputeValid(HydroxychloroquineInput input, HydroxychloroquineDefinitions definitions)
    {
        var notes = new List<string>();
        var dose = AssessDose(input, definitions, notes);
        var levels = input.Levels
            .Select((level, index) => InterpretLevel(input, level, index, definitions))
            .OrderBy(l => l.On)
            .ThenBy(l => l.Index)
            .ToImmutableArray();
        var latest = levels.Where(l => l.On <= input.On).LastOrDefault();
        var nonAdherence = latest?.Category switch
        {
            HydroxychloroquineLevelCategory.Adherent => CriterionState.NotMet,
            HydroxychloroquineLevelCategory.NonAdherent or HydroxychloroquineLevelCategory.SevereNonAdherence or HydroxychloroquineLevelCategory.Undetectable => CriterionState.Met,
            _ => CriterionState.Unknown,
        };

        return new HydroxychloroquineResult
        {
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            On = input.On,
            Dose = dose,
            Levels = levels,
            NonAdherence = nonAdherence,
            NonAdherenceDecidedBy = latest?.Index,
            NonAdherenceGap = nonAdherence == CriterionState.Unknown
                ? $"a whole-blood hydroxychloroquine level (LOINC {WholeBloodLoinc}) on or before the assessment date"
                : null,
            Notes = [.. notes],
        };
    }

    private static HydroxychloroquineDoseAssessment AssessDose(HydroxychloroquineInput input, HydroxychloroquineDefinitions definitions, List<string> notes)
    {
        var weight = WeightOn(input, input.On);
        var daily = DailyDoseOn(input, input.On, weight?.Weight, out var perKilogram, notes);
        decimal? kilograms = weight?.Weight.ToKilograms().Value;
        decimal? mgPerKg = Decimals.Normalize(perKilogram ?? (daily is { } mg && kilograms is { } kg ? mg / kg : null));
        var missing = daily is null && perKilogram is null
            ? "a hydroxychloroquine course with a regimen active on the assessment date"
            : "an actual body weight measured on or before the assessment date";
        var check = CriterionCheck.Numeric(
            "hcq.max-dose",
            HydroxychloroquineTexts.For(definitions).MaxDose,
            ComparisonOperator.LessThanOrEqual,
            definitions.MaxMilligramsPerKilogramPerDay,
            mgPerKg,
            QuantityUnit.MilligramPerKilogram,
            missing);
        return new HydroxychloroquineDoseAssessment
        {
            DailyDoseMilligrams = Decimals.Normalize(daily),
            BodyWeightKilograms = kilograms,
            BodyWeightOn = weight?.On,
            MilligramsPerKilogramPerDay = mgPerKg,
            MaximumDailyDoseMilligrams = Decimals.Normalize(definitions.MaxMilligramsPerKilogramPerDay * kilograms),
            Check = check,
            AboveMaximum = check.State switch
            {
                CriterionState.Met => false,
                CriterionState.NotMet => true,
                _ => null,
            },
        };
    }

    private static BodyWeightMeasurement? WeightOn(HydroxychloroquineInput input, DateOnly date) =>
        input.BodyWeights.Where(w => w.On <= date).OrderBy(w => w.On).LastOrDefault();

    // The summed average daily dose (mg) of every course active on the date; mg/kg regimens are converted with the weight
    // when one is known. perKilogram is set when every active regimen is weight-based and no weight is known.
    private static decimal? DailyDoseOn(HydroxychloroquineInput input, DateOnly date, BodyWeight? weight, out decimal? perKilogram, List<string>? notes)
    {
        perKilogram = null;
        decimal milligrams = 0m, milligramsPerKilogram = 0m;
        var any = false;
        var weightBasedWithoutWeight = false;
        foreach (var course in input.Courses)
        {
            if (course.RegimenOn(date) is not { } regimen)
            {
                continue;
            }

            any = true;
            var average = regimen.AverageDailyDose();
            if (!average.IsWeightBased)
            {
                milligrams += average.ToMilligrams().Value;
            }
            else if (weight is { } w)
            {
                milligrams += average.Value * w.ToKilograms().Value;
            }
            else
            {
                milligramsPerKilogram += average.Value;
                weightBasedWithoutWeight = true;
            }
        }

        if (!any)
        {
            notes?.Add(string.Create(CultureInfo.InvariantCulture, $"no hydroxychloroquine course with a regimen is active on {date:O}"));
            return null;
        }

        if (weightBasedWithoutWeight)
        {
            if (milligrams == 0m)
            {
                perKilogram = milligramsPerKilogram;
            }

            notes?.Add("a mg/kg regimen without a body weight: its daily dose in mg is unknown");
            return null;
        }

        return milligrams;
    }

    private static HydroxychloroquineLevelInterpretation InterpretLevel(HydroxychloroquineInput input, DrugLevel level, int index, HydroxychloroquineDefinitions definitions)
    {
        var observed = level.Level.ConvertTo(QuantityUnit.NanogramPerMilliliter).Value;
        var checks = new List<CriterionCheck>();
        var category = HydroxychloroquineLevelCategory.NoThresholdForMatrix;
        decimal? dailyDose = null;
        bool? extrapolated = null;
        string? note = null;
        const QuantityUnit ngPerMl = QuantityUnit.NanogramPerMilliliter;
        switch (level.Matrix)
        {
            case SampleMatrix.WholeBlood:
            {
                var undetectable = CriterionCheck.Numeric("hcq.level.undetectable", HydroxychloroquineTexts.For(definitions).Undetectable, ComparisonOperator.LessThan, definitions.UndetectableBelow, observed, ngPerMl);
                var nonAdherent = CriterionCheck.Numeric("hcq.level.non-adherence", HydroxychloroquineTexts.For(definitions).WholeBloodNonAdherence, ComparisonOperator.LessThan, definitions.WholeBloodNonAdherenceBelow, observed, ngPerMl);
                checks.Add(undetectable);
                checks.Add(nonAdherent);
                category = undetectable.State == CriterionState.Met ? HydroxychloroquineLevelCategory.Undetectable
                    : nonAdherent.State == CriterionState.Met ? HydroxychloroquineLevelCategory.NonAdherent
                    : HydroxychloroquineLevelCategory.Adherent;
                break;
            }

            case SampleMatrix.Serum:
            {
                var undetectable = CriterionCheck.Numeric("hcq.level.undetectable", HydroxychloroquineTexts.For(definitions).Undetectable, ComparisonOperator.LessThan, definitions.UndetectableBelow, observed, ngPerMl);
                var nonAdherent = CriterionCheck.Numeric("hcq.level.non-adherence", HydroxychloroquineTexts.For(definitions).SerumNonAdherence, ComparisonOperator.LessThan, definitions.SerumNonAdherenceBelow, observed, ngPerMl);
                var weight = WeightOn(input, level.On)?.Weight;
                dailyDose = DailyDoseOn(input, level.On, weight, out _, null);
                CriterionCheck severe;
                if (dailyDose is { } mg)
                {
                    extrapolated = !definitions.SerumSeverePublishedDailyDosesMilligrams.Contains(mg);
                    var threshold = Decimals.Normalize(definitions.SevereThresholdFor(mg));
                    var description = string.Create(CultureInfo.InvariantCulture, $"serum < {threshold} ng/mL at {mg} mg/day: severe non-adherence (Nguyen 2023: < 106 ng/mL at 400 mg/day, < 53 ng/mL at 200 mg/day)");
                    if (extrapolated == true && !definitions.ExtrapolateSevereThreshold)
                    {
                        severe = CriterionCheck.Numeric("hcq.level.severe-non-adherence", description, ComparisonOperator.LessThan, threshold, null, ngPerMl, "the published thresholds cover 200 and 400 mg/day only, and extrapolation is switched off");
                    }
                    else
                    {
                        severe = CriterionCheck.Numeric("hcq.level.severe-non-adherence", description, ComparisonOperator.LessThan, threshold, observed, ngPerMl);
                        if (extrapolated == true)
                        {
                            severe = severe with { Note = string.Create(CultureInfo.InvariantCulture, $"extrapolated: Nguyen 2023 published thresholds for 200 and 400 mg/day only; {mg} mg/day scaled linearly") };
                        }
                    }
                }
                else
                {
                    severe = new CriterionCheck
                    {
                        Id = "hcq.level.severe-non-adherence",
                        Description = "serum below the dose-adjusted threshold: severe non-adherence (Nguyen 2023: < 106 ng/mL at 400 mg/day, < 53 ng/mL at 200 mg/day)",
                        Operator = ComparisonOperator.LessThan,
                        Unit = ngPerMl,
                        State = CriterionState.Unknown,
                        Note = "the daily dose on the specimen date (a hydroxychloroquine course with an absolute regimen)",
                    };
                }

                checks.Add(undetectable);
                checks.Add(severe);
                checks.Add(nonAdherent);
                category = undetectable.State == CriterionState.Met ? HydroxychloroquineLevelCategory.Undetectable
                    : severe.State == CriterionState.Met ? HydroxychloroquineLevelCategory.SevereNonAdherence
                    : nonAdherent.State == CriterionState.Met ? HydroxychloroquineLevelCategory.NonAdherent
                    : HydroxychloroquineLevelCategory.Adherent;
                break;
            }

            default:
                note = "no published threshold for this matrix here; serum and whole-blood thresholds are never applied to it";
                break;
        }

        return new HydroxychloroquineLevelInterpretation
        {
            Index = index,
            On = level.On,
            Matrix = level.Matrix,
            ObservedNanogramsPerMilliliter = observed,
            DailyDoseMilligrams = Decimals.Normalize(dailyDose),
            Category = category,
            SevereThresholdExtrapolated = extrapolated,
            Checks = [.. checks],
            Note = note,
        };
    }
}

/// <summary>The input of <see cref="HydroxychloroquineInstrument"/> (<c>sle.hydroxychloroquine</c>).</summary>
public sealed record HydroxychloroquineInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> for the default (<c>sle.hydroxychloroquine.default</c>).</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the assessment date: the dose is assessed on it, and the latest level on or before it decides non-adherence.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the hydroxychloroquine courses (therapy <c>hydroxychloroquine</c>).</summary>
    public ImmutableArray<TherapyCourse> Courses { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the actual body weights; the latest on or before a date applies to it.</summary>
    public ImmutableArray<BodyWeightMeasurement> BodyWeights { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the hydroxychloroquine levels, each with its matrix.</summary>
    public ImmutableArray<DrugLevel> Levels { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>The result of <see cref="HydroxychloroquineInstrument"/>.</summary>
public sealed record HydroxychloroquineResult
{
    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the assessment date.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the dose assessment on <see cref="On"/>.</summary>
    public required HydroxychloroquineDoseAssessment Dose { get; init; }

    /// <summary>Gets every level's interpretation, in date order.</summary>
    public ImmutableArray<HydroxychloroquineLevelInterpretation> Levels { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether the latest level on or before <see cref="On"/> shows non-adherence (met), adherence (not met), or cannot tell (unknown: no level, or a matrix without thresholds).</summary>
    public required CriterionState NonAdherence { get; init; }

    /// <summary>Gets the input index of the level that decided <see cref="NonAdherence"/>.</summary>
    /// <value><see langword="null"/> when no level is dated on or before <see cref="On"/>.</value>
    public int? NonAdherenceDecidedBy { get; init; }

    /// <summary>Gets the datum that would resolve an unknown <see cref="NonAdherence"/>.</summary>
    /// <value><see langword="null"/> when non-adherence is decided.</value>
    public string? NonAdherenceGap { get; init; }

    /// <summary>Gets remarks on the dose computation.</summary>
    public ImmutableArray<string> Notes { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>The hydroxychloroquine dose on the assessment date against the maximum per kg of actual body weight.</summary>
public sealed record HydroxychloroquineDoseAssessment
{
    /// <summary>Gets the weekly average daily dose of the active courses, mg.</summary>
    /// <value><see langword="null"/> when no course is active or a mg/kg regimen has no weight.</value>
    public decimal? DailyDoseMilligrams { get; init; }

    /// <summary>Gets the actual body weight used, kg.</summary>
    /// <value><see langword="null"/> when no weight is dated on or before the assessment date.</value>
    public decimal? BodyWeightKilograms { get; init; }

    /// <summary>Gets the date of the body weight used.</summary>
    /// <value><see langword="null"/> when no weight was used.</value>
    public DateOnly? BodyWeightOn { get; init; }

    /// <summary>Gets the daily dose per kg of actual body weight.</summary>
    /// <value><see langword="null"/> when the dose or the weight is unknown.</value>
    public decimal? MilligramsPerKilogramPerDay { get; init; }

    /// <summary>
    /// Gets the patient's maximum daily dose, mg/day: the selected set's
    /// <see cref="HydroxychloroquineDefinitions.MaxMilligramsPerKilogramPerDay"/> (5 mg/kg/day by default; Marmor MF, et al.
    /// Ophthalmology 2016;123(6):1386-94, doi:10.1016/j.ophtha.2016.01.058) times <see cref="BodyWeightKilograms"/>, the
    /// actual body weight. The dose is above the maximum exactly when it is above this figure.
    /// </summary>
    /// <value><see langword="null"/> when no weight is dated on or before the assessment date.</value>
    public decimal? MaximumDailyDoseMilligrams { get; init; }

    /// <summary>Gets the criterion "dose ≤ 5 mg/kg/day" with its observed value.</summary>
    public required CriterionCheck Check { get; init; }

    /// <summary>Gets whether the dose is above the maximum (a safety flag).</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public bool? AboveMaximum { get; init; }
}

/// <summary>One hydroxychloroquine level read against the thresholds of its own matrix.</summary>
public sealed record HydroxychloroquineLevelInterpretation
{
    /// <summary>Gets the level's index in the input.</summary>
    public required int Index { get; init; }

    /// <summary>Gets the specimen date.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the specimen matrix.</summary>
    public required SampleMatrix Matrix { get; init; }

    /// <summary>Gets the level in ng/mL.</summary>
    public required decimal ObservedNanogramsPerMilliliter { get; init; }

    /// <summary>Gets the daily dose on the specimen date used for the dose-adjusted serum threshold, mg.</summary>
    /// <value><see langword="null"/> for whole blood, or when unknown.</value>
    public decimal? DailyDoseMilligrams { get; init; }

    /// <summary>Gets the interpretation.</summary>
    public required HydroxychloroquineLevelCategory Category { get; init; }

    /// <summary>Gets whether the severe serum threshold was extrapolated to a dose other than 200 or 400 mg/day.</summary>
    /// <value><see langword="null"/> when no severe threshold applied.</value>
    public bool? SevereThresholdExtrapolated { get; init; }

    /// <summary>Gets each threshold applied, with its operator and source; <c>met</c> means the level is below it.</summary>
    public ImmutableArray<CriterionCheck> Checks { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a remark (for example why no threshold applied).</summary>
    /// <value><see langword="null"/> when none.</value>
    public string? Note { get; init; }
}

/// <summary>The interpretation of a hydroxychloroquine level.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<HydroxychloroquineLevelCategory>))]
public enum HydroxychloroquineLevelCategory
{
    /// <summary>At or above the matrix's non-adherence threshold.</summary>
    [JsonStringEnumMemberName("adherent")]
    Adherent = 1,

    /// <summary>Below the matrix's non-adherence threshold.</summary>
    [JsonStringEnumMemberName("non-adherent")]
    NonAdherent = 2,

    /// <summary>Serum below the dose-adjusted severe threshold (Nguyen 2023).</summary>
    [JsonStringEnumMemberName("severe-non-adherence")]
    SevereNonAdherence = 3,

    /// <summary>Below the assay's lower limit of quantification (20 ng/mL).</summary>
    [JsonStringEnumMemberName("undetectable")]
    Undetectable = 4,

    /// <summary>The matrix (plasma) has no threshold here; nothing is concluded.</summary>
    [JsonStringEnumMemberName("no-threshold-for-matrix")]
    NoThresholdForMatrix = 5,
}
