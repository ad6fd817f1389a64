"""Report-ready output that needs Qt: chart images, the PDF report, the export run."""
