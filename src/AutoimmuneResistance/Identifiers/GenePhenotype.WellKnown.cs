namespace AutoimmuneResistance;

// Phenotype terms as used by CPIC guidelines (Caudle KE et al. Genet Med 2017;19:215-23, doi:10.1038/gim.2016.87).
public readonly partial record struct GenePhenotype
{
    /// <summary>Normal metabolizer (<c>normal-metabolizer</c>).</summary>
    public static GenePhenotype NormalMetabolizer { get; } = new("normal-metabolizer");

    /// <summary>Extensive metabolizer, the pre-2017 CPIC wording for normal (<c>extensive-metabolizer</c>).</summary>
    public static GenePhenotype ExtensiveMetabolizer { get; } = new("extensive-metabolizer");

    /// <summary>Intermediate metabolizer (<c>intermediate-metabolizer</c>).</summary>
    public static GenePhenotype IntermediateMetabolizer { get; } = new("intermediate-metabolizer");

    /// <summary>Possible intermediate metabolizer (<c>possible-intermediate-metabolizer</c>).</summary>
    public static GenePhenotype PossibleIntermediateMetabolizer { get; } = new("possible-intermediate-metabolizer");

    /// <summary>Poor metabolizer (<c>poor-metabolizer</c>).</summary>
    public static GenePhenotype PoorMetabolizer { get; } = new("poor-metabolizer");

    /// <summary>Rapid metabolizer (<c>rapid-metabolizer</c>).</summary>
    public static GenePhenotype RapidMetabolizer { get; } = new("rapid-metabolizer");

    /// <summary>Ultrarapid metabolizer (<c>ultrarapid-metabolizer</c>).</summary>
    public static GenePhenotype UltrarapidMetabolizer { get; } = new("ultrarapid-metabolizer");

    /// <summary>Indeterminate: the genotype does not assign a phenotype (<c>indeterminate</c>).</summary>
    public static GenePhenotype Indeterminate { get; } = new("indeterminate");
}
