using System.Collections.ObjectModel;
using System.Text;

namespace AutoimmuneResistance;

/// <summary>
/// What the library knows about one therapy: its name, class, target, ATC codes, a few flags used to group courses,
/// and the sources of that information. Entries live in a <see cref="TherapyCatalog"/>.
/// </summary>
/// <remarks>
/// <para>
/// Each property checks its value when set, so a definition built with an object initializer or a <c>with</c>
/// expression is always valid: <see cref="Id"/> and <see cref="Class"/> are specified, the texts are non-blank, every
/// ATC code is in the <see cref="CodeSystem.Atc"/> system, and no list contains <see langword="null"/> or repeats a code.
/// Lists are copied on set and exposed read-only.
/// </para>
/// <para>
/// Equality compares every member, and the lists element by element (not by reference).
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record TherapyDefinition
{
    /// <summary>The longest <see cref="Name"/> or <see cref="MolecularTarget"/> accepted, in characters.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Gets the therapy's identifier, unique within a catalog.</summary>
    /// <value>A specified <see cref="TherapyId"/>.</value>
    /// <exception cref="ArgumentException">Set to <c>default(TherapyId)</c>.</exception>
    public required TherapyId Id
    {
        get;
        init => field = value.IsSpecified ? value : throw new ArgumentException("the therapy id is unspecified (default(TherapyId))", nameof(Id));
    }

    /// <summary>Gets the therapy's name for display, such as <c>Mycophenolate mofetil</c> (substance names, never brands).</summary>
    /// <exception cref="ArgumentException">Set to blank or multi-line text, or to more than <see cref="MaxTextLength"/> characters.</exception>
    public required string Name
    {
        get;
        init => field = CheckText(value, nameof(Name));
    }

    /// <summary>Gets the pharmacological or procedural class, used to group courses.</summary>
    /// <value>A specified <see cref="TherapyClass"/>.</value>
    /// <exception cref="ArgumentException">Set to <c>default(TherapyClass)</c>.</exception>
    public required TherapyClass Class
    {
        get;
        init => field = value.IsSpecified ? value : throw new ArgumentException("the therapy class is unspecified (default(TherapyClass))", nameof(Class));
    }

    /// <summary>
    /// Gets the molecular target or mechanism in plain language, for example <c>BLyS (BAFF)</c> or
    /// <c>Calcineurin (via cyclophilin)</c>. Descriptive text, not a coded value.
    /// </summary>
    /// <exception cref="ArgumentException">Set to blank or multi-line text, or to more than <see cref="MaxTextLength"/> characters.</exception>
    public required string MolecularTarget
    {
        get;
        init => field = CheckText(value, nameof(MolecularTarget));
    }

    /// <summary>
    /// Gets the current WHO ATC code of the substance given systemically, or <see langword="null"/> when there is none
    /// (procedures such as a stem-cell transplant, or an experimental cellular therapy).
    /// </summary>
    /// <value><see langword="null"/> by default.</value>
    /// <exception cref="ArgumentException">Set to a code that is not in the <see cref="CodeSystem.Atc"/> system.</exception>
    public ClinicalCode? Atc
    {
        get;
        init => field = value is null || value.CodeSystem == CodeSystem.Atc
            ? value
            : throw new ArgumentException($"the ATC code must be in the ATC system, not {value.CodeSystem}", nameof(Atc));
    }

    /// <summary>
    /// Gets other current ATC codes under which the same substance is classified for systemic use, for example
    /// methotrexate's antineoplastic code <c>L01BA01</c> beside its immunosuppressant code <c>L04AX03</c>.
    /// </summary>
    /// <remarks>
    /// Codes for topical, intestinal or ophthalmic preparations (for example topical tacrolimus) are not listed in the
    /// built-in catalog on purpose: a lookup by such a code must not be mistaken for systemic exposure. Legacy codes are
    /// not listed either; they are resolved through <see cref="AtcCodeChanges"/>.
    /// </remarks>
    /// <value>Empty by default; never <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>, a non-ATC code or a repeated code.</exception>
    public IReadOnlyList<ClinicalCode> OtherAtcCodes
    {
        get;
        init => field = CheckAtcCodes(value, nameof(OtherAtcCodes));
    } = ReadOnlyCollection<ClinicalCode>.Empty;

    /// <summary>
    /// Gets a value indicating whether this is a conventional (non-biologic, non-glucocorticoid) immunosuppressant:
    /// in the built-in catalog mycophenolate, azathioprine, methotrexate, leflunomide, cyclophosphamide, tacrolimus,
    /// voclosporin and ciclosporin. Glucocorticoids, antimalarials, biologics and cellular or transplant therapies are not.
    /// </summary>
    /// <value><see langword="false"/> by default.</value>
    public bool IsConventionalImmunosuppressant { get; init; }

    /// <summary>
    /// Gets a value indicating whether this is a biologic in the rheumatology sense: a therapeutic protein such as a
    /// monoclonal antibody. Cellular therapies and transplants are not counted here; their <see cref="Class"/> says what
    /// they are.
    /// </summary>
    /// <value><see langword="false"/> by default.</value>
    public bool IsBiologic { get; init; }

    /// <summary>Gets the sources of this definition (for the built-in catalog: where the ATC codes were read).</summary>
    /// <value>Empty by default; never <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">Set to a list holding <see langword="null"/>.</exception>
    public IReadOnlyList<Citation> Sources
    {
        get;
        init => field = CopyNonNull(value, nameof(Sources));
    } = ReadOnlyCollection<Citation>.Empty;

    /// <summary>Compares every member; lists are compared element by element.</summary>
    /// <param name="other">The definition to compare with.</param>
    /// <returns><see langword="true"/> when both definitions are equal.</returns>
    public bool Equals(TherapyDefinition? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Class == other.Class
        && string.Equals(MolecularTarget, other.MolecularTarget, StringComparison.Ordinal)
        && Equals(Atc, other.Atc)
        && OtherAtcCodes.SequenceEqual(other.OtherAtcCodes)
        && IsConventionalImmunosuppressant == other.IsConventionalImmunosuppressant
        && IsBiologic == other.IsBiologic
        && Sources.SequenceEqual(other.Sources);

    /// <summary>Returns a hash code consistent with <see cref="Equals(TherapyDefinition?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Id, Class, Atc, OtherAtcCodes.Count, IsConventionalImmunosuppressant, IsBiologic, Sources.Count);

    /// <summary>Returns the name, id, class and current ATC code, for example <c>Belimumab (belimumab; blys-inhibitor; ATC L04AG04)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Name).Append(" (").Append(Id.Value).Append("; ").Append(Class.Value);
        if (Atc is not null)
        {
            text.Append("; ATC ").Append(Atc.Code);
        }

        return text.Append(')').ToString();
    }

    private static string CheckText(string value, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        var error = CodeText.CheckFreeText(value, MaxTextLength);
        return error is null ? value : throw new ArgumentException($"the {propertyName} is not valid: {error}", propertyName);
    }

    private static ReadOnlyCollection<ClinicalCode> CheckAtcCodes(IReadOnlyList<ClinicalCode> value, string propertyName)
    {
        var copy = CopyNonNull(value, propertyName);
        var seen = new HashSet<ClinicalCode>();
        foreach (var code in copy)
        {
            if (code.CodeSystem != CodeSystem.Atc)
            {
                throw new ArgumentException($"{propertyName} must hold ATC codes only, not {code}", propertyName);
            }

            if (!seen.Add(code))
            {
                throw new ArgumentException($"{propertyName} lists {code.Code} twice", propertyName);
            }
        }

        return copy;
    }

    private static ReadOnlyCollection<T> CopyNonNull<T>(IReadOnlyList<T> value, string propertyName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        var copy = value.ToArray();
        return Array.IndexOf(copy, null) < 0
            ? Array.AsReadOnly(copy)
            : throw new ArgumentException($"{propertyName} must not contain null", propertyName);
    }
}
