"""Everything Qt: one subpackage per page or concern."""
