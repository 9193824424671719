using System.Collections.Immutable;
using System.Globalization;
using System.Text;

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
        // Marked first, placed second: untried options keep the catalog order at the front, tried ones after them, and
        // each option is copied once at most to carry its rank and the extra notes (twice when it was tried).
        var marked = new (TreatmentOption Option, bool AlreadyTried)[catalog.Length];
        var untried = 0;
        for (var i = 0; i < catalog.Length; i++)
        {
            marked[i] = Mark(catalog[i], context);
            untried += marked[i].AlreadyTried ? 0 : 1;
        }

        var laid = new TreatmentOption[catalog.Length];
        var (front, back) = (0, untried);
        for (var i = 0; i < catalog.Length; i++)
        {
            var (option, alreadyTried) = marked[i];
            var at = alreadyTried ? back++ : front++;
            var (notes, citations) = extra(catalog[i]);
            if (notes.Count > 0 || citations.Count > 0)
            {
                option = option with
                {
                    Rank = at + 1,
                    Notes = [.. option.Notes, .. notes],
                    Citations = [.. option.Citations, .. citations.Where(c => !option.Citations.Contains(c))],
                };
            }
            else if (option.Rank != at + 1)
            {
                option = option with { Rank = at + 1 };
            }

            laid[at] = option;
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(laid);
    }

    private static (TreatmentOption Option, bool AlreadyTried) Mark(TreatmentOption template, EvaluationContext context)
    {
        var patient = context.Patient;
        List<(TherapyCourse Course, string Path)>? courses = null; // created on the first course found: most options are untried
        bool allTried;
        bool anyTried;
        if (template.Therapies.IsEmpty)
        {
            // A strategy (combination therapy): tried when a conventional immunosuppressant and a biologic overlapped.
            courses = OverlappingCombination(context);
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
                        courses ??= [];
                        if (!ContainsPath(courses, path))
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

        courses!.Sort(static (a, b) => a.Course.Start != b.Course.Start ? a.Course.Start.CompareTo(b.Course.Start) : string.CompareOrdinal(a.Path, b.Path));
        var stoppedForInefficacy = false;
        var paths = new string[courses.Count];
        var text = SummaryBuilder.Rent();
        text.Append(allTried ? "Already on record: " : "Partly on record: ");
        for (var i = 0; i < courses.Count; i++)
        {
            var (course, path) = courses[i];
            stoppedForInefficacy |= course.StopReason == StopReason.Inefficacy;
            paths[i] = path;
            AppendDescription(i == 0 ? text : text.Append("; "), course, path, context.AsOf);
        }

        text.Append(allTried ? "." : "; the other therapies of this option remain.");
        var flags = new TreatmentOptionTag[template.Flags.Length + (stoppedForInefficacy ? 2 : 1)];
        template.Flags.CopyTo(flags);
        flags[template.Flags.Length] = allTried ? TreatmentOptionTag.AlreadyTried : TreatmentOptionTag.PartlyTried;
        if (stoppedForInefficacy)
        {
            flags[^1] = TreatmentOptionTag.StoppedForInefficacy;
        }

        return (template with
        {
            Flags = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(flags),
            Courses = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(paths),
            Notes = [SummaryBuilder.Return(text)],
        }, allTried);
    }

    private static bool ContainsPath(List<(TherapyCourse Course, string Path)> courses, string path)
    {
        foreach (var (_, existing) in courses)
        {
            if (existing == path)
            {
                return true;
            }
        }

        return false;
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

    private static void AppendDescription(StringBuilder text, TherapyCourse course, string path, DateOnly asOf)
    {
        text.Append(course.Therapy.Value).Append(' ');
        if (course.End is { } end && end <= asOf)
        {
            text.Append(CultureInfo.InvariantCulture, $"{course.Start:O} to {end:O}");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"from {course.Start:O}, ongoing");
        }

        if (course.StopReason == StopReason.Inefficacy)
        {
            text.Append(", stopped for inefficacy");
        }

        text.Append(" (").Append(path).Append(')');
    }

    private static bool IsMycophenolate(TherapyId therapy) =>
        therapy == TherapyId.MycophenolateMofetil || therapy == TherapyId.MycophenolicAcid;
}
