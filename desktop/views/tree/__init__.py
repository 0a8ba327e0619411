"""The KPI tree page: tree model, tools, undo commands, diagram export, node detail, 逆算 planner, drivers, SMART badges."""
