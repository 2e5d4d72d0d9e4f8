"""人员登记: people's records, identity-number rules, search keys and who is on the register."""
