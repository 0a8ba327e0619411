"""The PDCA reviews page: weekly, monthly and quarterly reviews, reminders and the Excel/PDF report export."""
