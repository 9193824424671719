using System.Collections.Concurrent;
using System.Globalization;

namespace AutoimmuneResistance;

/// <summary>
/// Names elements of a <see cref="PatientProfile"/> as JSON paths (<c>$.therapies[2]</c>), for a finding's
/// <see cref="Finding.Facts"/>, a course's <see cref="Finding.Course"/> and a diagnostic's path. The list names are the
/// profile's JSON contract, so a module that takes them from here cannot misspell one; the conformance kit checks that
/// every fact path of every finding resolves to a node of the profile's JSON.
/// </summary>
/// <remarks>
/// The first <see cref="CachedIndices"/> indices of each list are formatted once per process and shared: every finding
/// names the records it rests on, and an evaluation asks for the same few dozen paths many times over. The strings are
/// identical to formatting them each time. Thread-safe.
/// </remarks>
/// <example>
/// <code>
/// finding with { Facts = [ProfilePaths.Therapy(i), ProfilePaths.Element(ProfilePaths.Observations, j) + ".value"] }
/// </code>
/// </example>
public static class ProfilePaths
{
    /// <summary>How many leading indices of each list are formatted once and shared (128).</summary>
    public const int CachedIndices = 128;

    /// <summary>The profile's body-weight measurements, <see cref="PatientProfile.BodyWeights"/>.</summary>
    public const string BodyWeights = "$.bodyWeights";

    /// <summary>The profile's diagnoses, <see cref="PatientProfile.Diagnoses"/>.</summary>
    public const string Diagnoses = "$.diagnoses";

    /// <summary>The profile's therapy courses, <see cref="PatientProfile.Therapies"/>.</summary>
    public const string Therapies = "$.therapies";

    /// <summary>The profile's observations, <see cref="PatientProfile.Observations"/>.</summary>
    public const string Observations = "$.observations";

    /// <summary>The profile's autoantibody results, <see cref="PatientProfile.Autoantibodies"/>.</summary>
    public const string Autoantibodies = "$.autoantibodies";

    /// <summary>The profile's genotype results, <see cref="PatientProfile.Genotypes"/>.</summary>
    public const string Genotypes = "$.genotypes";

    /// <summary>The profile's comorbidities, <see cref="PatientProfile.Comorbidities"/>.</summary>
    public const string Comorbidities = "$.comorbidities";

    /// <summary>The profile's exposures, <see cref="PatientProfile.Exposures"/>.</summary>
    public const string Exposures = "$.exposures";

    /// <summary>The profile's drug levels, <see cref="PatientProfile.DrugLevels"/>.</summary>
    public const string DrugLevels = "$.drugLevels";

    /// <summary>The profile's refill-adherence records, <see cref="PatientProfile.RefillAdherence"/>.</summary>
    public const string RefillAdherence = "$.refillAdherence";

    /// <summary>The profile's anti-drug antibody results, <see cref="PatientProfile.AntiDrugAntibodies"/>.</summary>
    public const string AntiDrugAntibodies = "$.antiDrugAntibodies";

    /// <summary>The profile's instrument assessments, <see cref="PatientProfile.Assessments"/>.</summary>
    public const string Assessments = "$.assessments";

    private static readonly ConcurrentDictionary<string, string[]> Lists = new(StringComparer.Ordinal);

    /// <summary>Returns <c>{list}[{index}]</c>, for example <c>$.therapies[2]</c>.</summary>
    /// <param name="list">The path of the list, preferably one of this class's constants (for example <see cref="Therapies"/>).</param>
    /// <param name="index">The element's index, 0 or more.</param>
    /// <returns>The element's path.</returns>
    public static string Element(string list, int index)
    {
        ArgumentNullException.ThrowIfNull(list);
        if ((uint)index < CachedIndices)
        {
            var paths = Lists.GetOrAdd(list, static l =>
            {
                var all = new string[CachedIndices];
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] = Format(l, i);
                }

                return all;
            });
            return paths[index];
        }

        return Format(list, index);
    }

    /// <summary>Returns the path of a therapy course, <c>$.therapies[i]</c> (the form <see cref="Finding.Course"/> takes).</summary>
    /// <param name="index">The course's index in <see cref="PatientProfile.Therapies"/>.</param>
    /// <returns>The course's path.</returns>
    public static string Therapy(int index) => Element(Therapies, index);

    /// <summary>Returns the path of a diagnosis, <c>$.diagnoses[i]</c>.</summary>
    /// <param name="index">The diagnosis's index in <see cref="PatientProfile.Diagnoses"/>.</param>
    /// <returns>The diagnosis's path.</returns>
    public static string Diagnosis(int index) => Element(Diagnoses, index);

    /// <summary>Returns the path of an observation, <c>$.observations[i]</c>.</summary>
    /// <param name="index">The observation's index in <see cref="PatientProfile.Observations"/>.</param>
    /// <returns>The observation's path.</returns>
    public static string Observation(int index) => Element(Observations, index);

    /// <summary>Returns the path of an instrument assessment, <c>$.assessments[i]</c>.</summary>
    /// <param name="index">The assessment's index in <see cref="PatientProfile.Assessments"/>.</param>
    /// <returns>The assessment's path.</returns>
    public static string Assessment(int index) => Element(Assessments, index);

    private static string Format(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");
}
