using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// Read-only queries over a <see cref="PatientProfile"/> that evaluators of every module need; each returns what it
/// found with its JSON path (from <see cref="ProfilePaths"/>), ready for a finding's <see cref="Finding.Facts"/>.
/// </summary>
/// <remarks>Pure functions of their arguments: no clock (pass <see cref="EvaluationContext.AsOf"/>), thread-safe.</remarks>
public static class ProfileQueries
{
    /// <summary>Returns the courses of a therapy started on or before <paramref name="asOf"/>, by start date.</summary>
    /// <param name="patient">The profile.</param>
    /// <param name="therapy">The therapy.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>Each course with its path (<c>$.therapies[i]</c>); empty when there is none.</returns>
    public static IReadOnlyList<(TherapyCourse Course, string Path)> Courses(PatientProfile patient, TherapyId therapy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var found = new List<(TherapyCourse, string)>();
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            var course = patient.Therapies[i];
            if (course.Therapy == therapy && course.Start <= asOf)
            {
                found.Add((course, ProfilePaths.Therapy(i)));
            }
        }

        found.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start));

        return found;
    }

    /// <summary>Returns the latest genotype result of a gene on or before <paramref name="asOf"/> (an undated result counts as the earliest).</summary>
    /// <param name="patient">The profile.</param>
    /// <param name="gene">The gene.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The result with its path (<c>$.genotypes[i]</c>; the later in the profile among equal dates), or <see langword="null"/>.</returns>
    public static (GenotypeResult Result, string Path)? LatestGenotype(PatientProfile patient, GeneSymbol gene, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(patient);
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
                latest = (result, ProfilePaths.Element(ProfilePaths.Genotypes, i));
            }
        }

        return latest;
    }

    /// <summary>Returns the latest assessment of type <typeparamref name="T"/> on or before <paramref name="asOf"/> (and on or after <paramref name="notBefore"/>).</summary>
    /// <typeparam name="T">The module's assessment type.</typeparam>
    /// <param name="patient">The profile.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="notBefore">The earliest date accepted, or <see langword="null"/> for none.</param>
    /// <returns>The assessment with its path (<c>$.assessments[i]</c>; the later in the profile among equal dates), or <see langword="null"/>.</returns>
    public static (T Assessment, string Path)? Latest<T>(PatientProfile patient, DateOnly asOf, DateOnly? notBefore = null)
        where T : InstrumentAssessment
    {
        ArgumentNullException.ThrowIfNull(patient);
        (T, string)? latest = null;
        for (var i = 0; i < patient.Assessments.Length; i++)
        {
            if (patient.Assessments[i] is T typed && typed.On <= asOf && (notBefore is null || typed.On >= notBefore)
                && (latest is null || typed.On >= latest.Value.Item1.On))
            {
                latest = (typed, ProfilePaths.Assessment(i));
            }
        }

        return latest;
    }

    /// <summary>Returns the exposure of a kind that started last (an exposure without a start counts as the earliest).</summary>
    /// <param name="patient">The profile.</param>
    /// <param name="kind">The exposure kind.</param>
    /// <returns>The exposure with its path (<c>$.exposures[i]</c>; the later in the profile among equal starts), or <see langword="null"/>.</returns>
    public static (Exposure Exposure, string Path)? LatestExposure(PatientProfile patient, ExposureKind kind)
    {
        ArgumentNullException.ThrowIfNull(patient);
        (Exposure, string)? latest = null;
        for (var i = 0; i < patient.Exposures.Length; i++)
        {
            var exposure = patient.Exposures[i];
            if (exposure.Kind == kind && (latest is null || (exposure.From ?? DateOnly.MinValue) >= (latest.Value.Item1.From ?? DateOnly.MinValue)))
            {
                latest = (exposure, ProfilePaths.Element(ProfilePaths.Exposures, i));
            }
        }

        return latest;
    }

    /// <summary>Returns the latest result of an autoantibody (an undated result counts as the earliest).</summary>
    /// <param name="patient">The profile.</param>
    /// <param name="antibody">The autoantibody.</param>
    /// <returns>The result with its path (<c>$.autoantibodies[i]</c>; the later in the profile among equal dates), or <see langword="null"/>.</returns>
    public static (AutoantibodyResult Result, string Path)? LatestAutoantibody(PatientProfile patient, AutoantibodyId antibody)
    {
        ArgumentNullException.ThrowIfNull(patient);
        (AutoantibodyResult Result, string Path)? latest = null;
        for (var i = 0; i < patient.Autoantibodies.Length; i++)
        {
            var a = patient.Autoantibodies[i];
            if (a.Antibody == antibody && (latest is null || (a.On ?? DateOnly.MinValue) >= (latest.Value.Result.On ?? DateOnly.MinValue)))
            {
                latest = (a, ProfilePaths.Element(ProfilePaths.Autoantibodies, i));
            }
        }

        return latest;
    }

    /// <summary>
    /// Returns the paths in first-seen order without repeats. A finding's facts are a handful of paths that seldom
    /// repeat: a linear scan finds any, and without one the builder itself becomes the array.
    /// </summary>
    /// <param name="paths">The paths; not used after the call.</param>
    /// <returns>The distinct paths.</returns>
    public static ImmutableArray<string> DistinctPaths(ImmutableArray<string>.Builder paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
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

        var distinct = ImmutableArray.CreateBuilder<string>(paths.Count);
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
