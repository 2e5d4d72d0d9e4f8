"""文体活动: activities and who took part."""
