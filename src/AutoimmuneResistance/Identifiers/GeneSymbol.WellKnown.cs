namespace AutoimmuneResistance;

// Genes used by the built-in pharmacogenomic and biomarker rules (HGNC ids in codes.md).
public readonly partial record struct GeneSymbol
{
    /// <summary>Thiopurine S-methyltransferase, HGNC:12014 (<c>TPMT</c>).</summary>
    public static GeneSymbol Tpmt { get; } = new("TPMT");

    /// <summary>Nudix hydrolase 15, HGNC:23063 (<c>NUDT15</c>).</summary>
    public static GeneSymbol Nudt15 { get; } = new("NUDT15");

    /// <summary>Cytochrome P450 3A5, HGNC:2638 (<c>CYP3A5</c>).</summary>
    public static GeneSymbol Cyp3a5 { get; } = new("CYP3A5");

    /// <summary>Fc fragment of IgG receptor IIIa, HGNC:3619 (<c>FCGR3A</c>).</summary>
    public static GeneSymbol Fcgr3a { get; } = new("FCGR3A");
}
