using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The renal induction courses of a patient with lupus nephritis, as the <see cref="CourseClassifier"/> judged them,
/// and refractory lupus nephritis over them (<see cref="RefractoryNephritisInstrument"/>; Arora S, et al. Arthritis
/// Rheumatol 2022;74(6):915-26, doi:10.1002/art.42092). Computed once per evaluation and shared by the
/// <c>sle.refractory-lupus-nephritis</c> evaluator and the lupus verdict, so both read the same renal evidence and
/// reach the same conclusion.
/// </summary>
internal static class RenalInductions
{
    // The instrument whose definition evaluators apply with the definition set the pipeline selected.
    private static readonly RefractoryNephritisInstrument RefractoryNephritis = new();

    private static readonly EvaluationPropertyKey<RenalInductionFindings?> Key = new("sle.renal-inductions");

    /// <summary>Returns the findings, or <see langword="null"/> when the patient has no recorded lupus nephritis.</summary>
    /// <param name="context">The evaluation context.</param>
    /// <returns>The induction courses in start order (then profile order) and the refractory result.</returns>
    public static RenalInductionFindings? Of(EvaluationContext context) => context.GetOrAdd(Key, static c => Build(c));

    private static RenalInductionFindings? Build(EvaluationContext context)
    {
        if (!CourseClassifier.HasNephritis(context.Patient))
        {
            return null;
        }

        var definitions = context.Definitions.TryGet<NephritisResponseDefinitions>(out var selected) ? selected : NephritisResponseDefinitions.EularEraEdta2019;
        // Classify() keeps profile order and OrderBy is stable, so courses that start the same day stay in profile order.
        var order = CourseClassifier.Classify(context).Where(c => c.Detail.Renal).OrderBy(c => c.Course.Start).ToImmutableArray();
        var inductions = order.Select(c => new InductionCourse
        {
            Therapies = [c.Course.Therapy],
            Start = c.Course.Start,
            End = c.Course.End,
            AssessedOn = c.AssessedOn,
            Response = c.Detail.RenalResponse,
            Adherent = c.Detail.Adherence switch
            {
                CourseAdherence.Adherent => true,
                CourseAdherence.NonAdherent => false,
                _ => null,
            },
        }).ToImmutableArray();
        var result = RefractoryNephritis.Compute(new RefractoryNephritisInput { Inductions = inductions }, definitions);
        return new RenalInductionFindings(order, inductions, result, definitions);
    }
}

/// <summary>What <see cref="RenalInductions"/> found.</summary>
/// <param name="Courses">The renal induction courses, in start order; <c>Courses[i]</c> is the instrument's induction <c>i</c>.</param>
/// <param name="Inductions">The instrument's input, one per course.</param>
/// <param name="Refractory">The refractory lupus nephritis result.</param>
/// <param name="Definitions">The nephritis response definitions applied.</param>
internal sealed record RenalInductionFindings(
    ImmutableArray<ClassifiedCourse> Courses,
    ImmutableArray<InductionCourse> Inductions,
    RefractoryNephritisResult Refractory,
    NephritisResponseDefinitions Definitions);
