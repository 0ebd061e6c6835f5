"""Moving data in and out: participant imports (CSV, XLSX) and the full event backup (JSON)."""
