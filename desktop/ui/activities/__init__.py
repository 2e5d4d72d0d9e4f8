"""文体活动: the activities page and its dialogs."""
