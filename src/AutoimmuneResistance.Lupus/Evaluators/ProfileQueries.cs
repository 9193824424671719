using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>Small read-only queries over a profile that several evaluators share; each returns the JSON path of what it found.</summary>
internal static class ProfileQueries
{
    public static bool HasCourse(PatientProfile patient, TherapyId therapy, DateOnly asOf)
    {
        foreach (var course in patient.Therapies)
        {
            if (course.Therapy == therapy && course.Start <= asOf)
            {
                return true;
            }
        }

        return false;
    }

    public static List<(TherapyCourse Course, string Path)> Courses(PatientProfile patient, TherapyId therapy, DateOnly asOf)
    {
        var found = new List<(TherapyCourse, string)>();
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            var course = patient.Therapies[i];
            if (course.Therapy == therapy && course.Start <= asOf)
            {
                found.Add((course, Path("$.therapies", i)));
            }
        }

        found.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start));
        return found;
    }

    public static (GenotypeResult Result, string Path)? LatestGenotype(PatientProfile patient, GeneSymbol gene, DateOnly asOf)
    {
        (GenotypeResult, string)? latest = null;
        for (var i = 0; i < patient.Genotypes.Length; i++)
        {
            var result = patient.Genotypes[i];
            if (result.Gene != gene || result.On > asOf)
            {
                continue;
            }

            if (latest is null || (result.On ?? DateOnly.MinValue) >= (latest.Value.Item1.On ?? DateOnly.MinValue))
            {
                latest = (result, Path("$.genotypes", i));
            }
        }

        return latest;
    }

    /// <summary>The latest assessment of type <typeparamref name="T"/> on or before <paramref name="asOf"/> (and on or after <paramref name="notBefore"/>).</summary>
    public static (T Assessment, string Path)? Latest<T>(PatientProfile patient, DateOnly asOf, DateOnly? notBefore = null)
        where T : InstrumentAssessment
    {
        (T, string)? latest = null;
        for (var i = 0; i < patient.Assessments.Length; i++)
        {
            if (patient.Assessments[i] is T typed && typed.On <= asOf && (notBefore is null || typed.On >= notBefore)
                && (latest is null || typed.On >= latest.Value.Item1.On))
            {
                latest = (typed, Path("$.assessments", i));
            }
        }

        return latest;
    }

    public static (Exposure Exposure, string Path)? LatestExposure(PatientProfile patient, ExposureKind kind)
    {
        (Exposure, string)? latest = null;
        for (var i = 0; i < patient.Exposures.Length; i++)
        {
            var exposure = patient.Exposures[i];
            if (exposure.Kind == kind && (latest is null || (exposure.From ?? DateOnly.MinValue) >= (latest.Value.Item1.From ?? DateOnly.MinValue)))
            {
                latest = (exposure, Path("$.exposures", i));
            }
        }

        return latest;
    }

    /// <summary>The SLEDAI-2K total of a visit: weights of the descriptors attributed to lupus, each counted once.</summary>
    public static int SledaiTotal(Sledai2kVisit visit)
    {
        var total = 0;
        var seen = 0L;
        foreach (var descriptor in visit.Present)
        {
            var bit = 1L << (int)descriptor;
            if ((seen & bit) == 0)
            {
                seen |= bit;
                total += Sledai2kDescriptors.Weight(descriptor);
            }
        }

        return total;
    }

    public static string Path(string list, int index) => JsonPaths.Element(list, index);

    /// <summary>
    /// Returns the paths in first-seen order without repeats. A finding's facts are a handful of paths that seldom
    /// repeat: a linear scan finds any, and without one the builder itself becomes the array.
    /// </summary>
    /// <param name="paths">The paths; not used after the call.</param>
    /// <returns>The distinct paths.</returns>
    public static System.Collections.Immutable.ImmutableArray<string> DistinctPaths(System.Collections.Immutable.ImmutableArray<string>.Builder paths)
    {
        var repeats = false;
        for (var i = 1; i < paths.Count && !repeats; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(paths[i], paths[j], StringComparison.Ordinal))
                {
                    repeats = true;
                    break;
                }
            }
        }

        if (!repeats)
        {
            return paths.Count == paths.Capacity ? paths.MoveToImmutable() : paths.ToImmutable();
        }

        var distinct = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>(paths.Count);
        foreach (var path in paths)
        {
            if (!distinct.Contains(path))
            {
                distinct.Add(path);
            }
        }

        return distinct.ToImmutable();
    }
}
