using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Lays the <see cref="TreatmentOptionCatalog"/> over a profile for the lupus verdict: marks the options whose therapies
/// the patient already had (with the courses' JSON paths), adds the caller's notes, and puts the options already tried
/// after the untried ones, keeping the catalog order within each group.
/// </summary>
internal static class OptionsTherapies
{
    /// <summary>Returns whether two therapy ids name the same active substance (mycophenolate mofetil is a prodrug of mycophenolic acid).</summary>
    internal static bool SameSubstance(TherapyId a, TherapyId b) => a == b || (IsMycophenolate(a) && IsMycophenolate(b));

    internal static ImmutableArray<TreatmentOption> Lay(
        ImmutableArray<TreatmentOption> catalog,
        EvaluationContext context,
        Func<TreatmentOption, (IReadOnlyList<string> Notes, IReadOnlyList<Citation> Citations)> extra)
    {
        var laid = new TreatmentOption[catalog.Length];
        var untried = 0;
        var tried = 0;
        foreach (var template in catalog)
        {
            var (option, alreadyTried) = Mark(template, context);
            var (notes, citations) = extra(template);
            if (notes.Count > 0 || citations.Count > 0)
            {
                option = option with
                {
                    Notes = [.. option.Notes, .. notes],
                    Citations = [.. option.Citations, .. citations.Where(c => !option.Citations.Contains(c))],
                };
            }

            // Untried options fill the list from the front, tried ones from the back (reversed below), so each group
            // keeps the catalog order.
            if (alreadyTried)
            {
                laid[laid.Length - 1 - tried++] = option;
            }
            else
            {
                laid[untried++] = option;
            }
        }

        Array.Reverse(laid, untried, tried);
        for (var i = 0; i < laid.Length; i++)
        {
            if (laid[i].Rank != i + 1)
            {
                laid[i] = laid[i] with { Rank = i + 1 };
            }
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(laid);
    }

    private static (TreatmentOption Option, bool AlreadyTried) Mark(TreatmentOption template, EvaluationContext context)
    {
        var patient = context.Patient;
        var courses = new List<(TherapyCourse Course, string Path)>();
        bool allTried;
        bool anyTried;
        if (template.Therapies.IsEmpty)
        {
            // A strategy (combination therapy): tried when a conventional immunosuppressant and a biologic overlapped.
            courses.AddRange(OverlappingCombination(context));
            allTried = anyTried = courses.Count > 0;
        }
        else
        {
            var triedCount = 0;
            foreach (var therapy in template.Therapies)
            {
                var found = false;
                for (var i = 0; i < patient.Therapies.Length; i++)
                {
                    var course = patient.Therapies[i];
                    if (course.Start <= context.AsOf && SameSubstance(course.Therapy, therapy))
                    {
                        found = true;
                        var path = ProfilePaths.Therapy(i);
                        if (!courses.Exists(c => c.Path == path))
                        {
                            courses.Add((course, path));
                        }
                    }
                }

                triedCount += found ? 1 : 0;
            }

            allTried = triedCount == template.Therapies.Length;
            anyTried = triedCount > 0;
        }

        if (!anyTried)
        {
            return (template, false);
        }

        courses.Sort((a, b) => a.Course.Start != b.Course.Start ? a.Course.Start.CompareTo(b.Course.Start) : string.CompareOrdinal(a.Path, b.Path));
        var flags = new List<TreatmentOptionTag>(template.Flags) { allTried ? TreatmentOptionTag.AlreadyTried : TreatmentOptionTag.PartlyTried };
        if (courses.Exists(c => c.Course.StopReason == StopReason.Inefficacy))
        {
            flags.Add(TreatmentOptionTag.StoppedForInefficacy);
        }

        var onRecord = string.Join("; ", courses.Select(c => Describe(c.Course, c.Path, context.AsOf)));
        var note = allTried
            ? "Already on record: " + onRecord + "."
            : "Partly on record: " + onRecord + "; the other therapies of this option remain.";
        return (template with
        {
            Flags = [.. flags],
            Courses = [.. courses.Select(c => c.Path)],
            Notes = [note],
        }, allTried);
    }

    private static List<(TherapyCourse Course, string Path)> OverlappingCombination(EvaluationContext context)
    {
        var patient = context.Patient;
        var conventional = new List<(TherapyCourse Course, string Path)>();
        var biologic = new List<(TherapyCourse Course, string Path)>();
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            var course = patient.Therapies[i];
            if (course.Start > context.AsOf || !context.Therapies.TryGet(course.Therapy, out var definition))
            {
                continue;
            }

            if (definition.IsConventionalImmunosuppressant)
            {
                conventional.Add((course, ProfilePaths.Therapy(i)));
            }
            else if (definition.IsBiologic)
            {
                biologic.Add((course, ProfilePaths.Therapy(i)));
            }
        }

        var found = new List<(TherapyCourse Course, string Path)>();
        foreach (var a in conventional)
        {
            foreach (var b in biologic)
            {
                if (a.Course.Start <= EndOf(b.Course, context.AsOf) && b.Course.Start <= EndOf(a.Course, context.AsOf))
                {
                    if (!found.Exists(f => f.Path == a.Path))
                    {
                        found.Add(a);
                    }

                    if (!found.Exists(f => f.Path == b.Path))
                    {
                        found.Add(b);
                    }
                }
            }
        }

        return found;
    }

    private static DateOnly EndOf(TherapyCourse course, DateOnly asOf) => course.End is { } end && end < asOf ? end : asOf;

    private static string Describe(TherapyCourse course, string path, DateOnly asOf)
    {
        var state = course.End is { } end && end <= asOf
            ? string.Create(CultureInfo.InvariantCulture, $"{course.Start:O} to {end:O}")
            : string.Create(CultureInfo.InvariantCulture, $"from {course.Start:O}, ongoing");
        var stop = course.StopReason == StopReason.Inefficacy ? ", stopped for inefficacy" : string.Empty;
        return $"{course.Therapy} {state}{stop} ({path})";
    }

    private static bool IsMycophenolate(TherapyId therapy) =>
        therapy == TherapyId.MycophenolateMofetil || therapy == TherapyId.MycophenolicAcid;
}
