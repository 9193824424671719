using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The renal evidence of the <c>sle.treatment-options</c> evaluator: the lupus nephritis induction courses, their renal
/// response and adherence, and refractory lupus nephritis over them, exactly as <see cref="RenalInductions"/> (the
/// course classifier shared with the treatment-response and refractory lupus nephritis evaluators) read them, so the
/// options never rest on a different reading of the same kidney data (Arora S, et al. Arthritis Rheumatol
/// 2022;74(6):915-26, doi:10.1002/art.42092).
/// </summary>
/// <remarks>
/// What counts is stated in <c>docs/evaluators/sle.treatment-response.md</c>: a patient with recorded lupus nephritis;
/// courses of a standard induction therapy of the selected <see cref="NephritisResponseDefinitions"/>; proteinuria as
/// spot UPCR or 24-hour protein with the same-day eGFR; a baseline no older than the trial's baseline window before the
/// start; adherence from refill records of the induction therapy (at least
/// <see cref="AdherenceAssessment.ProportionOfDaysCoveredThreshold"/> % of days covered; Karve S, et al. Curr Med Res
/// Opin 2009;25(9):2303-10) and hydroxychloroquine levels during the course (Costedoat-Chalumeau N, et al. Ann Rheum
/// Dis 2007;66:821-4).
/// </remarks>
internal static class OptionsRenalEvidence
{
    private const string NoAdherenceEvidence = "no hydroxychloroquine level with a threshold and no refill record during the course";

    internal static OptionsRenalFindings Assess(EvaluationContext context)
    {
        var definitions = context.Definitions.TryGet<NephritisResponseDefinitions>(out var selected)
            ? selected
            : NephritisResponseDefinitions.EularEraEdta2019;
        if (RenalInductions.Of(context) is not { Courses.IsEmpty: false } renal)
        {
            return new OptionsRenalFindings([], null, definitions);
        }

        var courses = ImmutableArray.CreateBuilder<OptionsInductionCourse>(renal.Courses.Length);
        for (var i = 0; i < renal.Courses.Length; i++)
        {
            var classified = renal.Courses[i];
            var adherence = classified.Adherence;
            var observations = classified.ActivityFacts.ToArray();
            Array.Sort(observations, StringComparer.Ordinal);
            var adherencePaths = adherence.Facts.ToArray();
            Array.Sort(adherencePaths, StringComparer.Ordinal);
            courses.Add(new OptionsInductionCourse
            {
                Course = classified.Course,
                Path = classified.Path,
                Response = classified.RenalResult,
                ObservationPaths = [.. observations],
                Adherent = renal.Inductions[i].Adherent,
                AdherencePaths = [.. adherencePaths],
                AdherenceText = adherence.Status == AdherenceStatus.Unknown || adherence.Basis.Length == 0 ? NoAdherenceEvidence : adherence.Basis,
                UsedRefills = adherencePaths.Any(p => p.StartsWith("$.refillAdherence", StringComparison.Ordinal)),
                Input = renal.Inductions[i],
            });
        }

        return new OptionsRenalFindings(courses.MoveToImmutable(), renal.Refractory, renal.Definitions);
    }
}

/// <summary>What <see cref="OptionsRenalEvidence"/> found: the induction courses, in start order, and refractory lupus nephritis over them.</summary>
/// <param name="Courses">The induction courses.</param>
/// <param name="Refractory">The refractory lupus nephritis result; <see langword="null"/> without induction courses.</param>
/// <param name="Definitions">The definition set applied.</param>
internal sealed record OptionsRenalFindings(
    ImmutableArray<OptionsInductionCourse> Courses,
    RefractoryNephritisResult? Refractory,
    NephritisResponseDefinitions Definitions);

/// <summary>One induction course with its renal response and adherence evidence.</summary>
internal sealed record OptionsInductionCourse
{
    public required TherapyCourse Course { get; init; }

    public required string Path { get; init; }

    public NephritisResponseResult? Response { get; init; }

    public required ImmutableArray<string> ObservationPaths { get; init; }

    public bool? Adherent { get; init; }

    public required ImmutableArray<string> AdherencePaths { get; init; }

    public required string AdherenceText { get; init; }

    public required bool UsedRefills { get; init; }

    public required InductionCourse Input { get; init; }
}
