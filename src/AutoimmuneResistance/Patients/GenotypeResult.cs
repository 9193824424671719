namespace AutoimmuneResistance;

/// <summary>
/// A genotype result for one gene: the diplotype (star alleles, or the variant for genes without star alleles, such
/// as <c>158V/F</c> for FCGR3A) and/or the phenotype the laboratory assigned. Validation requires at least one.
/// </summary>
public sealed record GenotypeResult
{
    /// <summary>Gets the gene.</summary>
    public required GeneSymbol Gene { get; init; }

    /// <summary>Gets the diplotype as reported (for example <c>*1/*3</c>).</summary>
    /// <value><see langword="null"/> when only the phenotype was reported.</value>
    public string? Diplotype { get; init; }

    /// <summary>Gets the phenotype (for example <see cref="GenePhenotype.IntermediateMetabolizer"/>).</summary>
    /// <value><see langword="null"/> when only the diplotype was reported.</value>
    public GenePhenotype? Phenotype { get; init; }

    /// <summary>Gets the date of the result.</summary>
    /// <value><see langword="null"/> when unknown (a germline genotype does not change).</value>
    public DateOnly? On { get; init; }
}
