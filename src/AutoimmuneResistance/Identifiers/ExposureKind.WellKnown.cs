namespace AutoimmuneResistance;

// Exposures named by the seed documents as environmental triggers; add others as needed.
public readonly partial record struct ExposureKind
{
    /// <summary>Tobacco smoking (<c>smoking</c>).</summary>
    public static ExposureKind Smoking { get; } = new("smoking");

    /// <summary>Ultraviolet light (<c>uv-light</c>).</summary>
    public static ExposureKind UvLight { get; } = new("uv-light");

    /// <summary>Crystalline silica dust (<c>silica</c>).</summary>
    public static ExposureKind Silica { get; } = new("silica");

    /// <summary>Organic solvents (<c>organic-solvents</c>).</summary>
    public static ExposureKind OrganicSolvents { get; } = new("organic-solvents");
}
