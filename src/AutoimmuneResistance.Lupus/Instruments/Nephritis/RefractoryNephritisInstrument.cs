using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Refractory lupus nephritis, <c>sle.refractory-lupus-nephritis</c> (Arora S, et al. Expert perspective: an approach to
/// refractory lupus nephritis. Arthritis Rheumatol 2022;74(6):915-26, doi:10.1002/art.42092): no change in (or worsening
/// of) proteinuria and/or eGFR in response to two different standard-of-care induction regimens after 4–6 months, in
/// patients adherent to treatment. Parameters come from <see cref="NephritisResponseDefinitions"/>.
/// </summary>
/// <remarks>
/// <para>
/// Each induction course qualifies when all four hold: it is a standard regimen (it includes one of
/// <see cref="NephritisResponseDefinitions.StandardInductionTherapies"/>); it ran at least 4 whole calendar months
/// before its response was assessed; its response (from <see cref="NephritisResponseInstrument"/> under the selected
/// variant) was <see cref="NephritisResponseCategory.NoResponse"/>; and the patient was adherent. "No change or
/// worsening" is read as "no renal response" (neither partial nor complete), which also counts a small improvement that
/// falls short of a partial response — the library's reading, stated here. Two courses are different regimens when their
/// therapy sets differ.
/// </para>
/// <para>
/// Refractory LN is met when at least 2 different regimens qualify; not met when fewer than 2 different regimens could
/// qualify even if every unknown resolved favourably; unknown otherwise. Adherence should be checked first (for example
/// with <see cref="HydroxychloroquineInstrument"/>).
/// </para>
/// </remarks>
public sealed class RefractoryNephritisInstrument : DefinitionSetInstrument<RefractoryNephritisInput, RefractoryNephritisResult, NephritisResponseDefinitions>
{
    /// <summary>Creates the instrument with both published variants (EULAR/ERA-EDTA 2019 first, the default).</summary>
    public RefractoryNephritisInstrument()
        : this([NephritisResponseDefinitions.EularEraEdta2019, NephritisResponseDefinitions.Kdigo2024])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id; the first is the default.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public RefractoryNephritisInstrument(IEnumerable<NephritisResponseDefinitions> definitionSets)
        : base(definitionSets, TargetDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <summary>Gets the instrument id, <c>sle.refractory-lupus-nephritis</c>.</summary>
    public static InstrumentId Id => LupusIds.RefractoryNephritis;

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = Id,
        Title = "Refractory lupus nephritis (Arora 2022)",
        Sources = [TargetCitations.Arora2022],
        Documentation = "docs/instruments/sle.lupus-nephritis-response.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(RefractoryNephritisInput input, List<EvaluationDiagnostic> diagnostics) => Check(input, diagnostics);

    /// <inheritdoc/>
    protected override RefractoryNephritisResult ComputeCore(RefractoryNephritisInput input, NephritisResponseDefinitions definitions) => ComputeValid(input, definitions);

    private static void Check(RefractoryNephritisInput input, List<EvaluationDiagnostic> diagnostics)
    {
        for (var i = 0; i < input.Inductions.Length; i++)
        {
            var path = $"$.inductions[{i}]";
            if (input.Inductions[i] is not { } course)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MissingEntry, "an entry is null", path));
                continue;
            }

            if (course.Therapies.IsEmpty)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MissingEntry, "an induction course names at least one therapy", $"{path}.therapies"));
            }

            if (course.End is { } end && end < course.Start)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DateOutOfOrder, "the course ends before it starts", $"{path}.end", value: DiagnosticValues.WithReference(end, "start", course.Start)));
            }

            if (course.AssessedOn < course.Start)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DateOutOfOrder, "the response was assessed before the course started", $"{path}.assessedOn", value: DiagnosticValues.WithReference(course.AssessedOn, "start", course.Start)));
            }

            if (course.Response is { } response && !Enum.IsDefined(response))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, "not a response category", $"{path}.response", value: DiagnosticValues.Of((int)response)));
            }
        }
    }

    private static RefractoryNephritisResult ComputeValid(RefractoryNephritisInput input, NephritisResponseDefinitions definitions)
    {
        var courses = new List<RefractoryNephritisCourseResult>();
        for (var i = 0; i < input.Inductions.Length; i++)
        {
            var course = input.Inductions[i];
            var standard = course.Therapies.Any(t => definitions.StandardInductionTherapies.Contains(t));
            var months = WholeMonths(course.Start, course.AssessedOn);
            var failed = course.Response switch
            {
                NephritisResponseCategory.NoResponse => (bool?)true,
                NephritisResponseCategory.Complete or NephritisResponseCategory.Partial => false,
                _ => null,
            };
            CriterionCheck[] criteria =
            [
                CriterionCheck.Flag(
                    "ln-refractory.standard-regimen",
                    "a standard-of-care induction regimen: includes " + string.Join(" or ", definitions.StandardInductionTherapies.Select(t => t.Value)) + " (EULAR/ERA-EDTA 2019; Arora 2022)",
                    true,
                    standard),
                CriterionCheck.Numeric(
                    "ln-refractory.duration",
                    string.Create(CultureInfo.InvariantCulture, $"assessed after >= {definitions.RefractoryMinimumCourseMonths} whole months of treatment (Arora 2022: after 4-6 months)"),
                    ComparisonOperator.GreaterThanOrEqual,
                    definitions.RefractoryMinimumCourseMonths,
                    months),
                CriterionCheck.Flag(
                    "ln-refractory.no-response",
                    "no renal response (neither partial nor complete) at the assessment (Arora 2022: no change or worsening)",
                    true,
                    failed,
                    course.Response is NephritisResponseCategory.TooEarly ? "the response was too early to judge" : "the course's response (response)"),
                CriterionCheck.Flag(
                    "ln-refractory.adherent",
                    "adherent to treatment (Arora 2022)",
                    true,
                    course.Adherent,
                    "adherence (adherent), for example from drug levels"),
            ];
            courses.Add(new RefractoryNephritisCourseResult
            {
                Index = i,
                Therapies = [.. course.Therapies.Select(t => t.Value).Distinct().Order(StringComparer.Ordinal)],
                Qualifies = CriterionCheck.All(criteria.Select(c => c.State)),
                MonthsBeforeAssessment = months,
                Criteria = [.. criteria],
            });
        }

        static string Key(RefractoryNephritisCourseResult c) => string.Join("+", c.Therapies);
        var met = courses.Where(c => c.Qualifies == CriterionState.Met).Select(Key).Distinct(StringComparer.Ordinal).Count();
        var possible = courses.Where(c => c.Qualifies != CriterionState.NotMet).Select(Key).Distinct(StringComparer.Ordinal).Count();
        var needed = definitions.RefractoryRegimenCount;
        var state = met >= needed ? CriterionState.Met : possible < needed ? CriterionState.NotMet : CriterionState.Unknown;
        var overall = new CriterionCheck
        {
            Id = "ln-refractory.failed-different-regimens",
            Description = string.Create(CultureInfo.InvariantCulture, $">= {needed} different standard induction regimens, each qualifying (Arora 2022)"),
            Operator = ComparisonOperator.GreaterThanOrEqual,
            Threshold = needed,
            Observed = met,
            State = state,
            Note = state == CriterionState.Unknown
                ? string.Create(CultureInfo.InvariantCulture, $"{possible - met} more regimen(s) could qualify once their unknown criteria are resolved")
                : null,
        };

        return new RefractoryNephritisResult
        {
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            State = state,
            QualifyingRegimens = met,
            PossibleRegimens = possible,
            Criterion = overall,
            Courses = [.. courses],
            DecidedBy = state switch
            {
                CriterionState.Met => [.. courses.Where(c => c.Qualifies == CriterionState.Met).Select(c => c.Index)],
                CriterionState.Unknown => [.. courses.Where(c => c.Qualifies == CriterionState.Unknown).Select(c => c.Index)],
                _ => [.. courses.Select(c => c.Index)],
            },
            AssessmentWindowMonths = string.Create(CultureInfo.InvariantCulture, $"{definitions.RefractoryMinimumCourseMonths}-{definitions.RefractoryAssessmentUpperMonths}"),
        };
    }

    // Whole calendar months from start to date: the largest k with start + k months <= date.
    internal static int WholeMonths(DateOnly start, DateOnly date)
    {
        var months = ((date.Year - start.Year) * 12) + date.Month - start.Month;
        while (months > 0 && start.AddMonths(months) > date)
        {
            months--;
        }

        return Math.Max(0, months);
    }
}

/// <summary>The input of <see cref="RefractoryNephritisInstrument"/> (<c>sle.refractory-lupus-nephritis</c>).</summary>
public sealed record RefractoryNephritisInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> for the default (<c>sle.ln-response.eular-era-edta-2019</c>).</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the induction courses, each with its response and adherence.</summary>
    public ImmutableArray<InductionCourse> Inductions { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>An induction course for lupus nephritis, the response assessed after it, and whether the patient was adherent.</summary>
public sealed record InductionCourse
{
    /// <summary>Gets the therapies of the regimen (for example mycophenolate-mofetil, or cyclophosphamide); glucocorticoids may be omitted.</summary>
    public ImmutableArray<TherapyId> Therapies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the first day of the course.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Gets the last day of the course.</summary>
    /// <value><see langword="null"/> while ongoing.</value>
    public DateOnly? End { get; init; }

    /// <summary>Gets the date the response was assessed.</summary>
    public required DateOnly AssessedOn { get; init; }

    /// <summary>Gets the renal response at <see cref="AssessedOn"/> (from <see cref="NephritisResponseInstrument"/>).</summary>
    /// <value><see langword="null"/> when not assessed.</value>
    public NephritisResponseCategory? Response { get; init; }

    /// <summary>Gets whether the patient was adherent during the course.</summary>
    /// <value><see langword="null"/> when not known.</value>
    public bool? Adherent { get; init; }
}

/// <summary>The result of <see cref="RefractoryNephritisInstrument"/>.</summary>
public sealed record RefractoryNephritisResult
{
    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets whether refractory lupus nephritis is met, not met, or unknown.</summary>
    public required CriterionState State { get; init; }

    /// <summary>Gets the number of different regimens that qualify.</summary>
    public required int QualifyingRegimens { get; init; }

    /// <summary>Gets the number of different regimens that qualify or might once unknowns are resolved.</summary>
    public required int PossibleRegimens { get; init; }

    /// <summary>Gets the overall criterion (≥ 2 different qualifying regimens).</summary>
    public required CriterionCheck Criterion { get; init; }

    /// <summary>Gets each course with its four criteria.</summary>
    public ImmutableArray<RefractoryNephritisCourseResult> Courses { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the indexes of the courses that decided: the qualifying ones when met, the undecided ones when unknown, all when not met.</summary>
    public ImmutableArray<int> DecidedBy { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the assessment window of Arora 2022 as applied, in months (for example <c>4-6</c>).</summary>
    public required string AssessmentWindowMonths { get; init; }
}

/// <summary>One induction course judged against the refractory-LN criteria.</summary>
public sealed record RefractoryNephritisCourseResult
{
    /// <summary>Gets the course's index in the input.</summary>
    public required int Index { get; init; }

    /// <summary>Gets the regimen's therapies, sorted (the identity used to tell regimens apart).</summary>
    public ImmutableArray<string> Therapies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether the course qualifies (all four criteria).</summary>
    public required CriterionState Qualifies { get; init; }

    /// <summary>Gets the whole calendar months from the start to the assessment.</summary>
    public required int MonthsBeforeAssessment { get; init; }

    /// <summary>Gets the four criteria.</summary>
    public ImmutableArray<CriterionCheck> Criteria { get; init => field = value.IsDefault ? [] : value; } = [];
}
