using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Reads a profile's extra-renal signs of resistance for the <c>sle.treatment-options</c> evaluator: persistent
/// activity (a SLEDAI-2K total above the LLDAS limit of 4 at the two latest scored visits — Franklyn K, et al. Ann Rheum
/// Dis 2016;75(9):1615-21 — while a conventional immunosuppressant or biologic course was running at both), and courses
/// stopped for inefficacy.
/// </summary>
/// <remarks>
/// SLEDAI-2K totals come from <see cref="ActivityHistory"/> (Gladman DD, et al. J Rheumatol 2002;29(2):288-91); invalid
/// visits are skipped. The limit is the selected <see cref="TreatToTargetDefinitions.LldasMaxSledai2k"/>. "Despite" a
/// therapy is read as a course of a therapy the catalog marks as a conventional immunosuppressant or a biologic that was
/// active on both visit dates (the library's operationalisation).
/// </remarks>
internal static class OptionsActivityEvidence
{
    internal static OptionsActivityFindings Assess(EvaluationContext context)
    {
        var patient = context.Patient;
        var limit = context.Definitions.TryGet<TreatToTargetDefinitions>(out var targets)
            ? targets.LldasMaxSledai2k
            : TreatToTargetDefinitions.Default.LldasMaxSledai2k;

        // The two latest scored visits up to the evaluation date.
        ActivityVisit? earlier = null;
        ActivityVisit? latest = null;
        foreach (var entry in ActivityHistory.Of(context))
        {
            if (entry.Total is not null && entry.Visit.On <= context.AsOf)
            {
                (earlier, latest) = (latest, entry);
            }
        }

        if (earlier is null)
        {
            latest = null;
        }

        var despite = new List<(TherapyCourse Course, string Path)>();
        var stopped = new List<(TherapyCourse Course, string Path)>();
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            var course = patient.Therapies[i];
            if (course.Start > context.AsOf)
            {
                continue;
            }

            if (course.StopReason == StopReason.Inefficacy && (course.End is null || course.End <= context.AsOf))
            {
                stopped.Add((course, ProfileQueries.Path("$.therapies", i)));
            }

            if (earlier is not null && latest is not null
                && context.Therapies.TryGet(course.Therapy, out var definition)
                && (definition.IsConventionalImmunosuppressant || definition.IsBiologic)
                && course.IsActiveOn(earlier.Visit.On) && course.IsActiveOn(latest.Visit.On))
            {
                despite.Add((course, ProfileQueries.Path("$.therapies", i)));
            }
        }

        var persistent = earlier is not null && latest is not null
            && earlier.Total > limit && latest.Total > limit
            && despite.Count > 0;
        return new OptionsActivityFindings(earlier, latest, limit, [.. despite], persistent, [.. stopped]);
    }
}

/// <summary>What <see cref="OptionsActivityEvidence"/> found.</summary>
/// <param name="Earlier">The second-latest scored SLEDAI-2K visit, when there are two.</param>
/// <param name="Latest">The latest scored SLEDAI-2K visit, when there are two.</param>
/// <param name="Limit">The LLDAS SLEDAI-2K limit applied (activity is a total above it).</param>
/// <param name="Despite">The conventional immunosuppressant or biologic courses active at both visits.</param>
/// <param name="Persistent">Whether both visits are above the limit despite such a course.</param>
/// <param name="StoppedForInefficacy">The courses stopped for inefficacy.</param>
internal sealed record OptionsActivityFindings(
    ActivityVisit? Earlier,
    ActivityVisit? Latest,
    decimal Limit,
    ImmutableArray<(TherapyCourse Course, string Path)> Despite,
    bool Persistent,
    ImmutableArray<(TherapyCourse Course, string Path)> StoppedForInefficacy);
