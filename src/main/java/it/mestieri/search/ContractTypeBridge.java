package it.mestieri.search;

import it.mestieri.catalogue.ContractType;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * A contract type in the index as its position, a number: the facet then counts numbers,
 * which costs a query less than counting text (no table of the values of every index
 * built per query).
 */
final class ContractTypeBridge implements ValueBridge<ContractType, Integer> {

	private static final ContractType[] VALUES = ContractType.values();

	@Override
	public Integer toIndexedValue(ContractType value, ValueBridgeToIndexedValueContext context) {
		return value == null ? null : value.ordinal();
	}

	@Override
	public ContractType fromIndexedValue(Integer value, ValueBridgeFromIndexedValueContext context) {
		return value == null ? null : VALUES[value];
	}

}
